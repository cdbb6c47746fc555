package main

import (
	"strings"
	"testing"
)

// A mistyped proxy list stops the start instead of silently trusting nobody (or everybody).
func TestServeRefusesBadTrustedProxies(t *testing.T) {
	for _, tc := range []struct{ env, args, want string }{
		{args: "--trusted-proxies=10.0.0.0/33", want: "--trusted-proxies"},
		{args: "--forwarded-header=X-Real-IP", want: "--forwarded-header"},
		{env: "proxy.example", want: "--trusted-proxies"},
	} {
		args := []string{"serve", "--db", "sqlite://" + t.TempDir() + "/x.db"}
		if tc.args != "" {
			args = append(args, tc.args)
		}
		if tc.env != "" {
			t.Setenv("JEUGDSTEM_TRUSTED_PROXIES", tc.env)
		}
		out, err := runCmd(t, args...)
		if err == nil || !strings.Contains(err.Error()+out, tc.want) {
			t.Errorf("serve %v (env %q): err %v, output %q; want an error naming %s", args, tc.env, err, out, tc.want)
		}
	}
	if c, err := clientIPConfig("10.0.0.0/8, 192.0.2.1", "forwarded"); err != nil || len(c.TrustedProxies) != 2 || c.Header != "Forwarded" {
		t.Errorf("clientIPConfig = %+v, %v", c, err)
	}
}
