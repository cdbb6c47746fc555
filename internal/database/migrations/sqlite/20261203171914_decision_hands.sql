-- Add column "hands_for" to table: "council_decisions"
ALTER TABLE `council_decisions` ADD COLUMN `hands_for` integer NULL;
-- Add column "hands_against" to table: "council_decisions"
ALTER TABLE `council_decisions` ADD COLUMN `hands_against` integer NULL;
-- Add column "hands_abstain" to table: "council_decisions"
ALTER TABLE `council_decisions` ADD COLUMN `hands_abstain` integer NULL;
