// What the reports page asks the API: the locations to choose from, a location's report and
// the national comparison. Every count below the disclosure threshold arrives as null.
import { graphql } from '../../gql';
import type { LocationReportQuery, NationalReportQuery } from '../../gql/graphql';

export const ReportLocationsDoc = graphql(`
  query ReportLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const LocationReportDoc = graphql(`
  query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {
    locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {
      locationID
      locationName
      kind
      municipality
      childrenHoused
      minGroupSize
      answerDeadlineDays
      period {
        from
        to
        weeks
      }
      participation {
        activeMembers
        voters
        posts
        turnoutPercent
        turnoutOfHousedPercent
      }
      polls {
        pollID
        kind
        theme
        question {
          lang
          text
        }
        closedAt
        minGroupSize
        turnout
        turnoutSuppressed
        score
        median
        options {
          optionID
          position
          label {
            lang
            text
          }
          count
          suppressed
        }
      }
      themes {
        theme
        threads
        posts
        open
        inProgress
        done
        overdue
        medianModerationHours
        medianResponseHours
      }
      feedback {
        threads
        posts
        open
        inProgress
        done
        notPossible
        overdue
        medianModerationHours
        medianResponseHours
      }
      overdueResponses
      openSafeguardingCases
      safetyScore
      smileyTrend {
        theme
        start
        polls
        responses
        score
      }
      councils {
        councils
        quietCouncils
        meetingsHeld
        agendaItems
        attendance
        averageAttendance
        decisions
        adopted
        rejected
        deferred
        actionsDone
        ideasRaised
        ideasAdopted
        ideasDone
        supports
        medianDaysToDecision
        medianDaysToDone
        electionsHeld
        electionsVoid
        seatsFilled
        seats
        vacancies
      }
      generatedAt
    }
  }
`);

export const NationalReportDoc = graphql(`
  query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {
    nationalReport(from: $from, to: $to, trend: $trend) {
      minGroupSize
      period {
        from
        to
        weeks
      }
      locations {
        locationID
        locationName
        kind
        childrenHoused
        participation {
          voters
          turnoutPercent
          posts
        }
        overdueResponses
        safetyScore
        concerns
      }
      kinds {
        kind
        locations
        participation {
          voters
        }
        safetyScore
      }
      total {
        locations
        childrenHoused
        participation {
          voters
          posts
        }
        overdueResponses
        openSafeguardingCases
        safetyScore
      }
      councils {
        locations {
          locationID
          locationName
          figures {
            councils
            quietCouncils
            meetingsHeld
            agendaItems
            attendance
            averageAttendance
            decisions
            adopted
            rejected
            deferred
            actionsDone
            ideasRaised
            ideasAdopted
            ideasDone
            supports
            medianDaysToDecision
            medianDaysToDone
            electionsHeld
            electionsVoid
            seatsFilled
            seats
            vacancies
          }
        }
        total {
          councils
          quietCouncils
          meetingsHeld
          agendaItems
          attendance
          averageAttendance
          decisions
          adopted
          rejected
          deferred
          actionsDone
          ideasRaised
          ideasAdopted
          ideasDone
          supports
          medianDaysToDecision
          medianDaysToDone
          electionsHeld
          electionsVoid
          seatsFilled
          seats
          vacancies
        }
      }
    }
  }
`);

export type Report = LocationReportQuery['locationReport'];
export type National = NationalReportQuery['nationalReport'];
export type CouncilFigures = Report['councils'];
