// The console's operations of the children's monitor. Every count or score the disclosure rules
// withhold arrives as null; the pages show it as "fewer than k", never as 0.
import { graphql } from '../../gql';
import type { MonitorScorecardQuery, NationalMonitorQuery } from '../../gql/graphql';

export const MonitorScorecardDoc = graphql(`
  query MonitorScorecard($locationID: ID!, $from: Time, $to: Time) {
    monitorScorecard(locationID: $locationID, from: $from, to: $to) {
      locationID
      locationName
      kind
      minGroupSize
      frameworkVersion
      generatedAt
      schedule {
        ...MonitorScheduleFields
      }
      period {
        from
        to
        weeks
      }
      domains {
        domain
        threshold
        drop
        trend
        kindScore
        kindLocations
        nationalScore
        nationalLocations
        needsAttention
        latest {
          round
          closedAt
          answers
          suppressed
          score
          scoredAnswers
          byAge {
            ageVersion
            pollID
          }
        }
        history {
          round
          closedAt
          answers
          suppressed
          score
          scoredAnswers
        }
      }
      stability {
        children
        moves
        movesWithNotice
        movesShortNotice
        movesNoticeUnknown
        noticeSharePercent
        childrenByMoves {
          moves
          children
        }
      }
    }
  }
`);

export const NationalMonitorDoc = graphql(`
  query NationalMonitor($from: Time, $to: Time) {
    nationalMonitor(from: $from, to: $to) {
      minGroupSize
      generatedAt
      period {
        from
        to
        weeks
      }
      domains {
        domain
        threshold
        score
        locations
        kinds {
          kind
          score
          locations
        }
      }
      locations {
        locationID
        locationName
        kind
        attention
        domains {
          domain
          answers
          score
          trend
          needsAttention
        }
      }
      stability {
        kind
        children
        moves
        movesWithNotice
        noticeSharePercent
      }
    }
  }
`);

export const StartMonitorRoundDoc = graphql(`
  mutation StartMonitorRound($locationID: ID!) {
    startMonitorRound(locationID: $locationID) {
      round
      pollIDs
    }
  }
`);

export const MonitorScheduleFieldsDoc = graphql(`
  fragment MonitorScheduleFields on MonitorSchedule {
    locationID
    everyDays
    paused
    own
    nextRoundAt
    rounds
  }
`);

export const SetMonitorScheduleDoc = graphql(`
  mutation SetMonitorSchedule($locationID: ID!, $everyDays: Int, $paused: Boolean, $useDefault: Boolean) {
    setMonitorSchedule(locationID: $locationID, everyDays: $everyDays, paused: $paused, useDefault: $useDefault) {
      ...MonitorScheduleFields
    }
  }
`);

export type Scorecard = MonitorScorecardQuery['monitorScorecard'];
export type DomainCard = Scorecard['domains'][number];
export type National = NationalMonitorQuery['nationalMonitor'];
