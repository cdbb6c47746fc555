package voting

// Weaken turns off the vote's two unlinkability defences (every counter written, the log
// emptied) for the rest of s's life, so the unlinkability test can show its attacks work.
func (s *Service) Weaken() { s.weakened.Store(true) }

// SkipLogTruncation leaves SQLite's write-ahead log as it is after votes, for the benchmark that
// measures what emptying it costs.
func (s *Service) SkipLogTruncation() { s.keepLog.Store(true) }
