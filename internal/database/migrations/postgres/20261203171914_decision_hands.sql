-- Modify "council_decisions" table
ALTER TABLE "council_decisions" ADD COLUMN "hands_for" bigint NULL, ADD COLUMN "hands_against" bigint NULL, ADD COLUMN "hands_abstain" bigint NULL;
