/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      __typename\n      ... on StaffUser {\n        id\n        role\n        capabilities\n      }\n      ... on YouthMember {\n        id\n        pseudonym\n        avatar\n        language\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AnnouncementLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementLocationsDocument,
    "\n  query LocationAnnouncements($locationID: ID!) {\n    locationAnnouncements(locationID: $locationID) {\n      id\n      publishAt\n      expiresAt\n      missingLanguages\n      title {\n        lang\n        text\n      }\n      body {\n        lang\n        text\n      }\n    }\n  }\n": typeof types.LocationAnnouncementsDocument,
    "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAnnouncementDocument,
    "\n  query StaffThreads {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      location {\n        id\n        name\n        languages\n      }\n      conversation {\n        id\n        body\n        language\n      }\n      latestResponse(language: \"nl\") {\n        text\n        language\n        status\n      }\n    }\n  }\n": typeof types.StaffThreadsDocument,
    "\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToThreadDocument,
    "\n  query ThreadBoard {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      supportedByMe\n      startedByMe\n      area {\n        kind\n        localName {\n          lang\n          text\n        }\n      }\n      latestResponse {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n    }\n  }\n": typeof types.ThreadBoardDocument,
    "\n  mutation MeToo($threadID: ID!) {\n    meToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n": typeof types.MeTooDocument,
    "\n  mutation WithdrawMeToo($threadID: ID!) {\n    withdrawMeToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n": typeof types.WithdrawMeTooDocument,
    "\n  query MyCouncilScreen($language: String) {\n    myCouncil(language: $language) {\n      council {\n        id\n        name\n      }\n      supportThreshold\n      seats\n      vacancies\n      members {\n        pseudonym\n        avatar\n        role\n        me\n        elected\n      }\n      nextMeeting {\n        id\n        startsAt\n        place\n        agenda {\n          id\n          position\n          theme\n          titleText(language: $language) {\n            text\n            lang\n          }\n        }\n      }\n      recentDecisions {\n        id\n        status\n        theme\n        dueDate\n        text {\n          text\n          lang\n        }\n        reason {\n          text\n          lang\n        }\n      }\n      openIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      myIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      elections {\n        id\n        status\n        seats\n        pollID\n        closesAt\n        standingByMe\n        candidates {\n          optionID\n          pseudonym\n          avatar\n          withdrawn\n          elected\n          tied\n          me\n        }\n      }\n    }\n    me {\n      ... on YouthMember {\n        id\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              text\n              lang\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCouncilScreenDocument,
    "\n  mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeCouncilIdeaDocument,
    "\n  mutation SupportCouncilIdea($ideaID: ID!) {\n    supportIdea(ideaID: $ideaID) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": typeof types.SupportCouncilIdeaDocument,
    "\n  mutation StandForElection($electionID: ID!) {\n    standForElection(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n": typeof types.StandForElectionDocument,
    "\n  mutation WithdrawCandidacy($electionID: ID!) {\n    withdrawCandidacy(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n": typeof types.WithdrawCandidacyDocument,
    "\n  query MyLocation {\n    me {\n      ... on YouthMember {\n        id\n        locationID\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              lang\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyLocationDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  query MyPosts {\n    myPosts {\n      id\n      body\n      language\n      moderationState\n      reasonText\n      thread {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MyPostsDocument,
    "\n  query ModerationQueue {\n    moderationQueue(first: 50) {\n      edges {\n        node {\n          id\n          body\n          language\n          flags\n          createdAt\n          thread {\n            id\n            title\n            theme\n            location {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      moderationState\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  query Announcements {\n    announcements {\n      id\n      title\n      body\n      simpleBody\n      language\n      audioURL\n    }\n  }\n": typeof types.AnnouncementsDocument,
    "\n  mutation RespondToPoll($input: RespondToPollInput!) {\n    respondToPoll(input: $input) {\n      id\n    }\n  }\n": typeof types.RespondToPollDocument,
    "\n  query StaffPolls {\n    polls(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          status\n          kind\n          theme\n          scope\n          question {\n            lang\n            text\n          }\n          council {\n            name\n          }\n          location {\n            name\n          }\n          openedAt\n          closedAt\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.StaffPollsDocument,
    "\n  query PollTargets {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n          councils {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PollTargetsDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePollDocument,
    "\n  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {\n    updatePoll(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePollDocument,
    "\n  query PollDraft($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        status\n        kind\n        theme\n        maxChoices\n        minGroupSize\n        audienceAgeBands\n        opensAt\n        closesAt\n        description {\n          lang\n          text\n        }\n        question {\n          lang\n          text\n        }\n        location {\n          id\n        }\n        council {\n          id\n        }\n        options {\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.PollDraftDocument,
    "\n  query PollMissingLanguages($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        missingLanguages\n      }\n    }\n  }\n": typeof types.PollMissingLanguagesDocument,
    "\n  mutation OpenPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OpenPollDocument,
    "\n  mutation ClosePoll($id: ID!) {\n    closePoll(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ClosePollDocument,
    "\n  mutation PublishPollResults($id: ID!) {\n    publishPollResults(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishPollResultsDocument,
    "\n  query StaffPollResults($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        kind\n        theme\n        status\n        question {\n          lang\n          text\n        }\n        location {\n          name\n          languages\n        }\n        council {\n          name\n        }\n        closedAt\n        whatWeDid {\n          text\n          language\n          status\n        }\n        options {\n          id\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n    pollResults(pollID: $id) {\n      status\n      minGroupSize\n      turnout\n      turnoutSuppressed\n      countsVisible\n      median\n      options {\n        optionID\n        count\n        suppressed\n      }\n    }\n  }\n": typeof types.StaffPollResultsDocument,
    "\n  subscription PollTurnout($pollID: ID!) {\n    pollTurnout(pollID: $pollID) {\n      pollID\n      turnout\n      turnoutSuppressed\n      minGroupSize\n    }\n  }\n": typeof types.PollTurnoutDocument,
    "\n  query ReportLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReportLocationsDocument,
    "\n  query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {\n    locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {\n      locationID\n      locationName\n      kind\n      municipality\n      childrenHoused\n      minGroupSize\n      answerDeadlineDays\n      period {\n        from\n        to\n        weeks\n      }\n      participation {\n        activeMembers\n        voters\n        posts\n        turnoutPercent\n        turnoutOfHousedPercent\n      }\n      polls {\n        pollID\n        kind\n        theme\n        question {\n          lang\n          text\n        }\n        closedAt\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        score\n        median\n        options {\n          optionID\n          position\n          label {\n            lang\n            text\n          }\n          count\n          suppressed\n        }\n      }\n      themes {\n        theme\n        threads\n        posts\n        open\n        inProgress\n        done\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      feedback {\n        threads\n        posts\n        open\n        inProgress\n        done\n        notPossible\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      overdueResponses\n      openSafeguardingCases\n      safetyScore\n      smileyTrend {\n        theme\n        start\n        polls\n        responses\n        score\n      }\n      councils {\n        councils\n        quietCouncils\n        meetingsHeld\n        agendaItems\n        attendance\n        averageAttendance\n        decisions\n        adopted\n        rejected\n        deferred\n        actionsDone\n        ideasRaised\n        ideasAdopted\n        ideasDone\n        supports\n        medianDaysToDecision\n        medianDaysToDone\n        electionsHeld\n        electionsVoid\n        seatsFilled\n        seats\n        vacancies\n      }\n      generatedAt\n    }\n  }\n": typeof types.LocationReportDocument,
    "\n  query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {\n    nationalReport(from: $from, to: $to, trend: $trend) {\n      minGroupSize\n      period {\n        from\n        to\n        weeks\n      }\n      locations {\n        locationID\n        locationName\n        kind\n        childrenHoused\n        participation {\n          voters\n          turnoutPercent\n          posts\n        }\n        overdueResponses\n        safetyScore\n        concerns\n      }\n      kinds {\n        kind\n        locations\n        participation {\n          voters\n        }\n        safetyScore\n      }\n      total {\n        locations\n        childrenHoused\n        participation {\n          voters\n          posts\n        }\n        overdueResponses\n        openSafeguardingCases\n        safetyScore\n      }\n      councils {\n        locations {\n          locationID\n          locationName\n          figures {\n            councils\n            quietCouncils\n            meetingsHeld\n            agendaItems\n            attendance\n            averageAttendance\n            decisions\n            adopted\n            rejected\n            deferred\n            actionsDone\n            ideasRaised\n            ideasAdopted\n            ideasDone\n            supports\n            medianDaysToDecision\n            medianDaysToDone\n            electionsHeld\n            electionsVoid\n            seatsFilled\n            seats\n            vacancies\n          }\n        }\n        total {\n          councils\n          quietCouncils\n          meetingsHeld\n          agendaItems\n          attendance\n          averageAttendance\n          decisions\n          adopted\n          rejected\n          deferred\n          actionsDone\n          ideasRaised\n          ideasAdopted\n          ideasDone\n          supports\n          medianDaysToDecision\n          medianDaysToDone\n          electionsHeld\n          electionsVoid\n          seatsFilled\n          seats\n          vacancies\n        }\n      }\n    }\n  }\n": typeof types.NationalReportDocument,
    "\n  query SafeguardingCases {\n    safeguardingCases {\n      id\n      status\n      postBody\n      postLanguage\n      openedAt\n      openedByName\n      location {\n        name\n      }\n      notes {\n        text\n        at\n      }\n    }\n  }\n": typeof types.SafeguardingCasesDocument,
    "\n  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {\n    updateSafeguardingCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateSafeguardingCaseDocument,
    "\n  query TabletMembers {\n    tabletMembers {\n      id\n      pseudonym\n      avatar\n    }\n  }\n": typeof types.TabletMembersDocument,
    "\n  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {\n    youthLogin(memberID: $memberID, pin: $pin) {\n      id\n      pseudonym\n      avatar\n      language\n    }\n  }\n": typeof types.YouthLoginDocument,
    "\n  query Signals {\n    signals(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          detail\n          createdAt\n          acknowledgedAt\n          location {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignalsDocument,
    "\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeSignalDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  query StaffLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          childrenHoused\n          councils {\n            id\n            name\n            ageGroup\n          }\n          members(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffLocationsDocument,
    "\n  query StaffLocation($id: ID!) {\n    node(id: $id) {\n      ... on Location {\n        id\n        name\n        kind\n        municipality\n        childrenHoused\n        languages\n        councils {\n          id\n          name\n          ageGroup\n        }\n        tablets {\n          id\n          name\n          createdAt\n          revokedAt\n          lastSeenAt\n        }\n        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {\n          totalCount\n          edges {\n            node {\n              id\n              pseudonym\n              avatar\n              ageBand\n              language\n              lockedAt\n              status\n              memberships {\n                role\n                leftAt\n                council {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffLocationDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLocationDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCouncilDocument,
    "\n  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {\n    registerYouthMember(input: $input) {\n      member {\n        id\n        pseudonym\n        avatar\n      }\n      pin\n    }\n  }\n": typeof types.RegisterYouthMemberDocument,
    "\n  mutation UnlockYouthMember($memberID: ID!) {\n    unlockYouthMember(memberID: $memberID) {\n      id\n      lockedAt\n    }\n  }\n": typeof types.UnlockYouthMemberDocument,
    "\n  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {\n    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {\n      id\n      locationID\n    }\n  }\n": typeof types.TransferYouthMemberDocument,
    "\n  mutation YouthMemberLeft($memberID: ID!) {\n    youthMemberLeft(memberID: $memberID) {\n      id\n      status\n    }\n  }\n": typeof types.YouthMemberLeftDocument,
    "\n  mutation EnrollTablet($locationID: ID!, $name: String!) {\n    enrollTablet(locationID: $locationID, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.EnrollTabletDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeTabletDocument,
    "\n  query OpenPolls {\n    openPolls {\n      id\n      kind\n      theme\n      maxChoices\n      closesAt\n      voted\n      question {\n        text\n        lang\n      }\n      description {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n        candidate {\n          pseudonym\n          avatar\n          withdrawn\n          me\n        }\n      }\n    }\n  }\n": typeof types.OpenPollsDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      pollID\n      accepted\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  query PublishedPolls {\n    publishedPolls {\n      id\n      kind\n      theme\n      voted\n      whatWeDid {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n      question {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n      }\n      results {\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        countsVisible\n        options {\n          optionID\n          count\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.PublishedPollsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      __typename\n      ... on StaffUser {\n        id\n        role\n        capabilities\n      }\n      ... on YouthMember {\n        id\n        pseudonym\n        avatar\n        language\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AnnouncementLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n        }\n      }\n    }\n  }\n": types.AnnouncementLocationsDocument,
    "\n  query LocationAnnouncements($locationID: ID!) {\n    locationAnnouncements(locationID: $locationID) {\n      id\n      publishAt\n      expiresAt\n      missingLanguages\n      title {\n        lang\n        text\n      }\n      body {\n        lang\n        text\n      }\n    }\n  }\n": types.LocationAnnouncementsDocument,
    "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n": types.CreateAnnouncementDocument,
    "\n  query StaffThreads {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      location {\n        id\n        name\n        languages\n      }\n      conversation {\n        id\n        body\n        language\n      }\n      latestResponse(language: \"nl\") {\n        text\n        language\n        status\n      }\n    }\n  }\n": types.StaffThreadsDocument,
    "\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      id\n      status\n    }\n  }\n": types.RespondToThreadDocument,
    "\n  query ThreadBoard {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      supportedByMe\n      startedByMe\n      area {\n        kind\n        localName {\n          lang\n          text\n        }\n      }\n      latestResponse {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n    }\n  }\n": types.ThreadBoardDocument,
    "\n  mutation MeToo($threadID: ID!) {\n    meToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n": types.MeTooDocument,
    "\n  mutation WithdrawMeToo($threadID: ID!) {\n    withdrawMeToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n": types.WithdrawMeTooDocument,
    "\n  query MyCouncilScreen($language: String) {\n    myCouncil(language: $language) {\n      council {\n        id\n        name\n      }\n      supportThreshold\n      seats\n      vacancies\n      members {\n        pseudonym\n        avatar\n        role\n        me\n        elected\n      }\n      nextMeeting {\n        id\n        startsAt\n        place\n        agenda {\n          id\n          position\n          theme\n          titleText(language: $language) {\n            text\n            lang\n          }\n        }\n      }\n      recentDecisions {\n        id\n        status\n        theme\n        dueDate\n        text {\n          text\n          lang\n        }\n        reason {\n          text\n          lang\n        }\n      }\n      openIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      myIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      elections {\n        id\n        status\n        seats\n        pollID\n        closesAt\n        standingByMe\n        candidates {\n          optionID\n          pseudonym\n          avatar\n          withdrawn\n          elected\n          tied\n          me\n        }\n      }\n    }\n    me {\n      ... on YouthMember {\n        id\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              text\n              lang\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyCouncilScreenDocument,
    "\n  mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      status\n    }\n  }\n": types.ProposeCouncilIdeaDocument,
    "\n  mutation SupportCouncilIdea($ideaID: ID!) {\n    supportIdea(ideaID: $ideaID) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": types.SupportCouncilIdeaDocument,
    "\n  mutation StandForElection($electionID: ID!) {\n    standForElection(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n": types.StandForElectionDocument,
    "\n  mutation WithdrawCandidacy($electionID: ID!) {\n    withdrawCandidacy(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n": types.WithdrawCandidacyDocument,
    "\n  query MyLocation {\n    me {\n      ... on YouthMember {\n        id\n        locationID\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              lang\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyLocationDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": types.StartThreadDocument,
    "\n  query MyPosts {\n    myPosts {\n      id\n      body\n      language\n      moderationState\n      reasonText\n      thread {\n        id\n        title\n      }\n    }\n  }\n": types.MyPostsDocument,
    "\n  query ModerationQueue {\n    moderationQueue(first: 50) {\n      edges {\n        node {\n          id\n          body\n          language\n          flags\n          createdAt\n          thread {\n            id\n            title\n            theme\n            location {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      moderationState\n    }\n  }\n": types.ModeratePostDocument,
    "\n  query Announcements {\n    announcements {\n      id\n      title\n      body\n      simpleBody\n      language\n      audioURL\n    }\n  }\n": types.AnnouncementsDocument,
    "\n  mutation RespondToPoll($input: RespondToPollInput!) {\n    respondToPoll(input: $input) {\n      id\n    }\n  }\n": types.RespondToPollDocument,
    "\n  query StaffPolls {\n    polls(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          status\n          kind\n          theme\n          scope\n          question {\n            lang\n            text\n          }\n          council {\n            name\n          }\n          location {\n            name\n          }\n          openedAt\n          closedAt\n          publishedAt\n        }\n      }\n    }\n  }\n": types.StaffPollsDocument,
    "\n  query PollTargets {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n          councils {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PollTargetsDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n": types.CreatePollDocument,
    "\n  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {\n    updatePoll(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePollDocument,
    "\n  query PollDraft($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        status\n        kind\n        theme\n        maxChoices\n        minGroupSize\n        audienceAgeBands\n        opensAt\n        closesAt\n        description {\n          lang\n          text\n        }\n        question {\n          lang\n          text\n        }\n        location {\n          id\n        }\n        council {\n          id\n        }\n        options {\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n  }\n": types.PollDraftDocument,
    "\n  query PollMissingLanguages($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        missingLanguages\n      }\n    }\n  }\n": types.PollMissingLanguagesDocument,
    "\n  mutation OpenPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n      status\n    }\n  }\n": types.OpenPollDocument,
    "\n  mutation ClosePoll($id: ID!) {\n    closePoll(id: $id) {\n      id\n      status\n    }\n  }\n": types.ClosePollDocument,
    "\n  mutation PublishPollResults($id: ID!) {\n    publishPollResults(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishPollResultsDocument,
    "\n  query StaffPollResults($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        kind\n        theme\n        status\n        question {\n          lang\n          text\n        }\n        location {\n          name\n          languages\n        }\n        council {\n          name\n        }\n        closedAt\n        whatWeDid {\n          text\n          language\n          status\n        }\n        options {\n          id\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n    pollResults(pollID: $id) {\n      status\n      minGroupSize\n      turnout\n      turnoutSuppressed\n      countsVisible\n      median\n      options {\n        optionID\n        count\n        suppressed\n      }\n    }\n  }\n": types.StaffPollResultsDocument,
    "\n  subscription PollTurnout($pollID: ID!) {\n    pollTurnout(pollID: $pollID) {\n      pollID\n      turnout\n      turnoutSuppressed\n      minGroupSize\n    }\n  }\n": types.PollTurnoutDocument,
    "\n  query ReportLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReportLocationsDocument,
    "\n  query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {\n    locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {\n      locationID\n      locationName\n      kind\n      municipality\n      childrenHoused\n      minGroupSize\n      answerDeadlineDays\n      period {\n        from\n        to\n        weeks\n      }\n      participation {\n        activeMembers\n        voters\n        posts\n        turnoutPercent\n        turnoutOfHousedPercent\n      }\n      polls {\n        pollID\n        kind\n        theme\n        question {\n          lang\n          text\n        }\n        closedAt\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        score\n        median\n        options {\n          optionID\n          position\n          label {\n            lang\n            text\n          }\n          count\n          suppressed\n        }\n      }\n      themes {\n        theme\n        threads\n        posts\n        open\n        inProgress\n        done\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      feedback {\n        threads\n        posts\n        open\n        inProgress\n        done\n        notPossible\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      overdueResponses\n      openSafeguardingCases\n      safetyScore\n      smileyTrend {\n        theme\n        start\n        polls\n        responses\n        score\n      }\n      councils {\n        councils\n        quietCouncils\n        meetingsHeld\n        agendaItems\n        attendance\n        averageAttendance\n        decisions\n        adopted\n        rejected\n        deferred\n        actionsDone\n        ideasRaised\n        ideasAdopted\n        ideasDone\n        supports\n        medianDaysToDecision\n        medianDaysToDone\n        electionsHeld\n        electionsVoid\n        seatsFilled\n        seats\n        vacancies\n      }\n      generatedAt\n    }\n  }\n": types.LocationReportDocument,
    "\n  query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {\n    nationalReport(from: $from, to: $to, trend: $trend) {\n      minGroupSize\n      period {\n        from\n        to\n        weeks\n      }\n      locations {\n        locationID\n        locationName\n        kind\n        childrenHoused\n        participation {\n          voters\n          turnoutPercent\n          posts\n        }\n        overdueResponses\n        safetyScore\n        concerns\n      }\n      kinds {\n        kind\n        locations\n        participation {\n          voters\n        }\n        safetyScore\n      }\n      total {\n        locations\n        childrenHoused\n        participation {\n          voters\n          posts\n        }\n        overdueResponses\n        openSafeguardingCases\n        safetyScore\n      }\n      councils {\n        locations {\n          locationID\n          locationName\n          figures {\n            councils\n            quietCouncils\n            meetingsHeld\n            agendaItems\n            attendance\n            averageAttendance\n            decisions\n            adopted\n            rejected\n            deferred\n            actionsDone\n            ideasRaised\n            ideasAdopted\n            ideasDone\n            supports\n            medianDaysToDecision\n            medianDaysToDone\n            electionsHeld\n            electionsVoid\n            seatsFilled\n            seats\n            vacancies\n          }\n        }\n        total {\n          councils\n          quietCouncils\n          meetingsHeld\n          agendaItems\n          attendance\n          averageAttendance\n          decisions\n          adopted\n          rejected\n          deferred\n          actionsDone\n          ideasRaised\n          ideasAdopted\n          ideasDone\n          supports\n          medianDaysToDecision\n          medianDaysToDone\n          electionsHeld\n          electionsVoid\n          seatsFilled\n          seats\n          vacancies\n        }\n      }\n    }\n  }\n": types.NationalReportDocument,
    "\n  query SafeguardingCases {\n    safeguardingCases {\n      id\n      status\n      postBody\n      postLanguage\n      openedAt\n      openedByName\n      location {\n        name\n      }\n      notes {\n        text\n        at\n      }\n    }\n  }\n": types.SafeguardingCasesDocument,
    "\n  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {\n    updateSafeguardingCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateSafeguardingCaseDocument,
    "\n  query TabletMembers {\n    tabletMembers {\n      id\n      pseudonym\n      avatar\n    }\n  }\n": types.TabletMembersDocument,
    "\n  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {\n    youthLogin(memberID: $memberID, pin: $pin) {\n      id\n      pseudonym\n      avatar\n      language\n    }\n  }\n": types.YouthLoginDocument,
    "\n  query Signals {\n    signals(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          detail\n          createdAt\n          acknowledgedAt\n          location {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SignalsDocument,
    "\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeSignalDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n": types.StaffLoginDocument,
    "\n  query StaffLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          childrenHoused\n          councils {\n            id\n            name\n            ageGroup\n          }\n          members(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.StaffLocationsDocument,
    "\n  query StaffLocation($id: ID!) {\n    node(id: $id) {\n      ... on Location {\n        id\n        name\n        kind\n        municipality\n        childrenHoused\n        languages\n        councils {\n          id\n          name\n          ageGroup\n        }\n        tablets {\n          id\n          name\n          createdAt\n          revokedAt\n          lastSeenAt\n        }\n        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {\n          totalCount\n          edges {\n            node {\n              id\n              pseudonym\n              avatar\n              ageBand\n              language\n              lockedAt\n              status\n              memberships {\n                role\n                leftAt\n                council {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StaffLocationDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n": types.CreateLocationDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n    }\n  }\n": types.CreateCouncilDocument,
    "\n  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {\n    registerYouthMember(input: $input) {\n      member {\n        id\n        pseudonym\n        avatar\n      }\n      pin\n    }\n  }\n": types.RegisterYouthMemberDocument,
    "\n  mutation UnlockYouthMember($memberID: ID!) {\n    unlockYouthMember(memberID: $memberID) {\n      id\n      lockedAt\n    }\n  }\n": types.UnlockYouthMemberDocument,
    "\n  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {\n    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {\n      id\n      locationID\n    }\n  }\n": types.TransferYouthMemberDocument,
    "\n  mutation YouthMemberLeft($memberID: ID!) {\n    youthMemberLeft(memberID: $memberID) {\n      id\n      status\n    }\n  }\n": types.YouthMemberLeftDocument,
    "\n  mutation EnrollTablet($locationID: ID!, $name: String!) {\n    enrollTablet(locationID: $locationID, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n": types.EnrollTabletDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeTabletDocument,
    "\n  query OpenPolls {\n    openPolls {\n      id\n      kind\n      theme\n      maxChoices\n      closesAt\n      voted\n      question {\n        text\n        lang\n      }\n      description {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n        candidate {\n          pseudonym\n          avatar\n          withdrawn\n          me\n        }\n      }\n    }\n  }\n": types.OpenPollsDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      pollID\n      accepted\n    }\n  }\n": types.CastVoteDocument,
    "\n  query PublishedPolls {\n    publishedPolls {\n      id\n      kind\n      theme\n      voted\n      whatWeDid {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n      question {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n      }\n      results {\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        countsVisible\n        options {\n          optionID\n          count\n          suppressed\n        }\n      }\n    }\n  }\n": types.PublishedPollsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      __typename\n      ... on StaffUser {\n        id\n        role\n        capabilities\n      }\n      ... on YouthMember {\n        id\n        pseudonym\n        avatar\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AnnouncementLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationAnnouncements($locationID: ID!) {\n    locationAnnouncements(locationID: $locationID) {\n      id\n      publishAt\n      expiresAt\n      missingLanguages\n      title {\n        lang\n        text\n      }\n      body {\n        lang\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').LocationAnnouncementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffThreads {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      location {\n        id\n        name\n        languages\n      }\n      conversation {\n        id\n        body\n        language\n      }\n      latestResponse(language: \"nl\") {\n        text\n        language\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').StaffThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RespondToThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadBoard {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      supportedByMe\n      startedByMe\n      area {\n        kind\n        localName {\n          lang\n          text\n        }\n      }\n      latestResponse {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeToo($threadID: ID!) {\n    meToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n"): typeof import('./graphql').MeTooDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMeToo($threadID: ID!) {\n    withdrawMeToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n"): typeof import('./graphql').WithdrawMeTooDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCouncilScreen($language: String) {\n    myCouncil(language: $language) {\n      council {\n        id\n        name\n      }\n      supportThreshold\n      seats\n      vacancies\n      members {\n        pseudonym\n        avatar\n        role\n        me\n        elected\n      }\n      nextMeeting {\n        id\n        startsAt\n        place\n        agenda {\n          id\n          position\n          theme\n          titleText(language: $language) {\n            text\n            lang\n          }\n        }\n      }\n      recentDecisions {\n        id\n        status\n        theme\n        dueDate\n        text {\n          text\n          lang\n        }\n        reason {\n          text\n          lang\n        }\n      }\n      openIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      myIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      elections {\n        id\n        status\n        seats\n        pollID\n        closesAt\n        standingByMe\n        candidates {\n          optionID\n          pseudonym\n          avatar\n          withdrawn\n          elected\n          tied\n          me\n        }\n      }\n    }\n    me {\n      ... on YouthMember {\n        id\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              text\n              lang\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCouncilScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ProposeCouncilIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportCouncilIdea($ideaID: ID!) {\n    supportIdea(ideaID: $ideaID) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n"): typeof import('./graphql').SupportCouncilIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandForElection($electionID: ID!) {\n    standForElection(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n"): typeof import('./graphql').StandForElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCandidacy($electionID: ID!) {\n    withdrawCandidacy(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n"): typeof import('./graphql').WithdrawCandidacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLocation {\n    me {\n      ... on YouthMember {\n        id\n        locationID\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              lang\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPosts {\n    myPosts {\n      id\n      body\n      language\n      moderationState\n      reasonText\n      thread {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').MyPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue {\n    moderationQueue(first: 50) {\n      edges {\n        node {\n          id\n          body\n          language\n          flags\n          createdAt\n          thread {\n            id\n            title\n            theme\n            location {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      moderationState\n    }\n  }\n"): typeof import('./graphql').ModeratePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcements {\n    announcements {\n      id\n      title\n      body\n      simpleBody\n      language\n      audioURL\n    }\n  }\n"): typeof import('./graphql').AnnouncementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToPoll($input: RespondToPollInput!) {\n    respondToPoll(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RespondToPollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPolls {\n    polls(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          status\n          kind\n          theme\n          scope\n          question {\n            lang\n            text\n          }\n          council {\n            name\n          }\n          location {\n            name\n          }\n          openedAt\n          closedAt\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPollsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PollTargets {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n          councils {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PollTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {\n    updatePoll(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdatePollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PollDraft($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        status\n        kind\n        theme\n        maxChoices\n        minGroupSize\n        audienceAgeBands\n        opensAt\n        closesAt\n        description {\n          lang\n          text\n        }\n        question {\n          lang\n          text\n        }\n        location {\n          id\n        }\n        council {\n          id\n        }\n        options {\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PollDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PollMissingLanguages($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        missingLanguages\n      }\n    }\n  }\n"): typeof import('./graphql').PollMissingLanguagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenPollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePoll($id: ID!) {\n    closePoll(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ClosePollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPollResults($id: ID!) {\n    publishPollResults(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishPollResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPollResults($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        kind\n        theme\n        status\n        question {\n          lang\n          text\n        }\n        location {\n          name\n          languages\n        }\n        council {\n          name\n        }\n        closedAt\n        whatWeDid {\n          text\n          language\n          status\n        }\n        options {\n          id\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n    pollResults(pollID: $id) {\n      status\n      minGroupSize\n      turnout\n      turnoutSuppressed\n      countsVisible\n      median\n      options {\n        optionID\n        count\n        suppressed\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPollResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PollTurnout($pollID: ID!) {\n    pollTurnout(pollID: $pollID) {\n      pollID\n      turnout\n      turnoutSuppressed\n      minGroupSize\n    }\n  }\n"): typeof import('./graphql').PollTurnoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {\n    locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {\n      locationID\n      locationName\n      kind\n      municipality\n      childrenHoused\n      minGroupSize\n      answerDeadlineDays\n      period {\n        from\n        to\n        weeks\n      }\n      participation {\n        activeMembers\n        voters\n        posts\n        turnoutPercent\n        turnoutOfHousedPercent\n      }\n      polls {\n        pollID\n        kind\n        theme\n        question {\n          lang\n          text\n        }\n        closedAt\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        score\n        median\n        options {\n          optionID\n          position\n          label {\n            lang\n            text\n          }\n          count\n          suppressed\n        }\n      }\n      themes {\n        theme\n        threads\n        posts\n        open\n        inProgress\n        done\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      feedback {\n        threads\n        posts\n        open\n        inProgress\n        done\n        notPossible\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      overdueResponses\n      openSafeguardingCases\n      safetyScore\n      smileyTrend {\n        theme\n        start\n        polls\n        responses\n        score\n      }\n      councils {\n        councils\n        quietCouncils\n        meetingsHeld\n        agendaItems\n        attendance\n        averageAttendance\n        decisions\n        adopted\n        rejected\n        deferred\n        actionsDone\n        ideasRaised\n        ideasAdopted\n        ideasDone\n        supports\n        medianDaysToDecision\n        medianDaysToDone\n        electionsHeld\n        electionsVoid\n        seatsFilled\n        seats\n        vacancies\n      }\n      generatedAt\n    }\n  }\n"): typeof import('./graphql').LocationReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {\n    nationalReport(from: $from, to: $to, trend: $trend) {\n      minGroupSize\n      period {\n        from\n        to\n        weeks\n      }\n      locations {\n        locationID\n        locationName\n        kind\n        childrenHoused\n        participation {\n          voters\n          turnoutPercent\n          posts\n        }\n        overdueResponses\n        safetyScore\n        concerns\n      }\n      kinds {\n        kind\n        locations\n        participation {\n          voters\n        }\n        safetyScore\n      }\n      total {\n        locations\n        childrenHoused\n        participation {\n          voters\n          posts\n        }\n        overdueResponses\n        openSafeguardingCases\n        safetyScore\n      }\n      councils {\n        locations {\n          locationID\n          locationName\n          figures {\n            councils\n            quietCouncils\n            meetingsHeld\n            agendaItems\n            attendance\n            averageAttendance\n            decisions\n            adopted\n            rejected\n            deferred\n            actionsDone\n            ideasRaised\n            ideasAdopted\n            ideasDone\n            supports\n            medianDaysToDecision\n            medianDaysToDone\n            electionsHeld\n            electionsVoid\n            seatsFilled\n            seats\n            vacancies\n          }\n        }\n        total {\n          councils\n          quietCouncils\n          meetingsHeld\n          agendaItems\n          attendance\n          averageAttendance\n          decisions\n          adopted\n          rejected\n          deferred\n          actionsDone\n          ideasRaised\n          ideasAdopted\n          ideasDone\n          supports\n          medianDaysToDecision\n          medianDaysToDone\n          electionsHeld\n          electionsVoid\n          seatsFilled\n          seats\n          vacancies\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NationalReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafeguardingCases {\n    safeguardingCases {\n      id\n      status\n      postBody\n      postLanguage\n      openedAt\n      openedByName\n      location {\n        name\n      }\n      notes {\n        text\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').SafeguardingCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {\n    updateSafeguardingCase(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateSafeguardingCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TabletMembers {\n    tabletMembers {\n      id\n      pseudonym\n      avatar\n    }\n  }\n"): typeof import('./graphql').TabletMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {\n    youthLogin(memberID: $memberID, pin: $pin) {\n      id\n      pseudonym\n      avatar\n      language\n    }\n  }\n"): typeof import('./graphql').YouthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signals {\n    signals(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          detail\n          createdAt\n          acknowledgedAt\n          location {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"): typeof import('./graphql').AcknowledgeSignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          childrenHoused\n          councils {\n            id\n            name\n            ageGroup\n          }\n          members(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLocation($id: ID!) {\n    node(id: $id) {\n      ... on Location {\n        id\n        name\n        kind\n        municipality\n        childrenHoused\n        languages\n        councils {\n          id\n          name\n          ageGroup\n        }\n        tablets {\n          id\n          name\n          createdAt\n          revokedAt\n          lastSeenAt\n        }\n        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {\n          totalCount\n          edges {\n            node {\n              id\n              pseudonym\n              avatar\n              ageBand\n              language\n              lockedAt\n              status\n              memberships {\n                role\n                leftAt\n                council {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {\n    registerYouthMember(input: $input) {\n      member {\n        id\n        pseudonym\n        avatar\n      }\n      pin\n    }\n  }\n"): typeof import('./graphql').RegisterYouthMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockYouthMember($memberID: ID!) {\n    unlockYouthMember(memberID: $memberID) {\n      id\n      lockedAt\n    }\n  }\n"): typeof import('./graphql').UnlockYouthMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {\n    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {\n      id\n      locationID\n    }\n  }\n"): typeof import('./graphql').TransferYouthMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthMemberLeft($memberID: ID!) {\n    youthMemberLeft(memberID: $memberID) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').YouthMemberLeftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollTablet($locationID: ID!, $name: String!) {\n    enrollTablet(locationID: $locationID, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n"): typeof import('./graphql').EnrollTabletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeTabletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenPolls {\n    openPolls {\n      id\n      kind\n      theme\n      maxChoices\n      closesAt\n      voted\n      question {\n        text\n        lang\n      }\n      description {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n        candidate {\n          pseudonym\n          avatar\n          withdrawn\n          me\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpenPollsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      pollID\n      accepted\n    }\n  }\n"): typeof import('./graphql').CastVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedPolls {\n    publishedPolls {\n      id\n      kind\n      theme\n      voted\n      whatWeDid {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n      question {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n      }\n      results {\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        countsVisible\n        options {\n          optionID\n          count\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublishedPollsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
