-- Create index "membership_youth_member_memberships" to table: "memberships"
CREATE INDEX "membership_youth_member_memberships" ON "memberships" ("youth_member_memberships");
