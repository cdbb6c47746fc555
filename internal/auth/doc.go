// Package auth owns who is asking: password and picture-PIN hashing, staff and youth sign-in,
// tablets, and the server-side session store behind the session cookies.
package auth
