package disclosure

import (
	"slices"
	"testing"
)

func TestSuppressGroup(t *testing.T) {
	tests := []struct {
		name   string
		k, n   int
		counts []int
		hidden []bool
	}{
		{"3 voters below k=5: every count, zeros too", 5, 3, []int{2, 1, 0}, []bool{true, true, true}},
		{"7 voters split 5/2: the 2, and the 5 that turnout minus it would give", 5, 7, []int{5, 2}, []bool{true, true}},
		{"nothing small", 5, 20, []int{6, 5, 9}, []bool{false, false, false}},
		{"no voters: zeros are shown", 5, 0, []int{0, 0}, []bool{false, false}},
		{"all in one cell: shown as it is", 5, 7, []int{7, 0}, []bool{false, false}},
		{"a zero is never the complement", 5, 7, []int{5, 2, 0}, []bool{true, true, false}},
		{"the smallest shown cell is the complement", 5, 17, []int{9, 2, 6}, []bool{false, true, true}},
		{"small cells that reach k together still take the smallest other (5,4,4 was readable)", 5, 13, []int{5, 4, 4}, []bool{true, true, true}},
		{"two small cells below k together take a third", 5, 24, []int{1, 2, 9, 12}, []bool{true, true, true, false}},
		{"the complement takes its equals (5,5,1 was readable)", 5, 11, []int{5, 5, 1}, []bool{true, true, true}},
		{"ties of the complement, with a larger count shown", 5, 17, []int{8, 1, 8, 20}, []bool{true, true, true, false}},
		{"a count of exactly k is shown", 5, 10, []int{5, 5}, []bool{false, false}},
		{"k=2 hides only ones (and the complement)", 2, 8, []int{1, 3, 4}, []bool{true, true, false}},
		{"every child in a small count: zeros hidden too (1,1,1,1,1 and 2,1,1,1,0 look alike)", 5, 5, []int{2, 1, 1, 1, 0}, []bool{true, true, true, true, true}},
		{"4,4 and 3,5 look alike", 5, 8, []int{4, 4}, []bool{true, true}},
		{"a larger k", 10, 30, []int{9, 21}, []bool{true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SuppressGroup(tt.k, tt.n, tt.counts)
			if !slices.Equal(got, tt.hidden) {
				t.Fatalf("SuppressGroup(%d, %d, %v) = %v, want %v", tt.k, tt.n, tt.counts, got, tt.hidden)
			}
			// Never one hidden count alone, never hidden counts that add up to 1 to k-1.
			if tt.n >= tt.k {
				hidden, sum := 0, 0
				for i, h := range got {
					if h {
						hidden++
						sum += tt.counts[i]
					}
				}
				if hidden == 1 || sum > 0 && sum < tt.k {
					t.Errorf("the hidden counts %v (sum %d) can be worked out", got, sum)
				}
			}
		})
	}
}

func ranksOf(counts ...int) [][]int {
	out := make([][]int, len(counts))
	for i, c := range counts {
		out[i] = []int{c}
	}
	return out
}

func TestPoll(t *testing.T) {
	t.Run("turnout below k is fewer than k, everything hidden", func(t *testing.T) {
		v := Poll(PollCounts{Kind: SingleChoice, K: 5, Turnout: 3, Ranks: ranksOf(3, 0)})
		if v.Turnout != (Turnout{Suppressed: true, K: 5}) || v.Turnout.Shown() != nil || v.Options[0].Count != nil || v.Options[1].Count != nil {
			t.Errorf("%+v", v)
		}
		if v.Turnout != ShowTurnout(5, 3) || ShowTurnout(5, 3) != ShowTurnout(5, 4) {
			t.Errorf("the live turnout follows the same rule and does not change below k: %+v %+v", ShowTurnout(5, 3), ShowTurnout(5, 4))
		}
		if *ShowTurnout(5, 0).Shown() != 0 || *ShowTurnout(5, 5).Shown() != 5 {
			t.Errorf("0 and k are shown")
		}
	})
	t.Run("smiley 3,4,5,5,5: no median, no mean", func(t *testing.T) {
		v := Poll(PollCounts{Kind: Scale, K: 5, Turnout: 5, Ranks: ranksOf(0, 0, 1, 1, 3)})
		if v.Median != nil || v.Mean != nil || v.Turnout.Shown() == nil || *v.Turnout.Shown() != 5 {
			t.Errorf("%+v", v)
		}
	})
	t.Run("smiley, every count shown: median and mean", func(t *testing.T) {
		v := Poll(PollCounts{Kind: Scale, K: 2, Turnout: 7, Ranks: ranksOf(2, 0, 0, 3, 2)})
		if v.Median == nil || *v.Median != 4 || v.Mean == nil || *v.Mean != 3.4 {
			t.Errorf("%+v", v)
		}
	})
	t.Run("multiple choice: 5 of 6 chose it, so 1 did not: hidden", func(t *testing.T) {
		v := Poll(PollCounts{Kind: MultipleChoice, K: 5, Turnout: 6, Ranks: ranksOf(5, 6, 0)})
		if v.Options[0].Count != nil || v.Options[1].Count == nil || *v.Options[1].Count != 6 || v.Options[2].Count == nil {
			t.Errorf("%+v", v)
		}
	})
	t.Run("multiple choice with a limit that pins a hidden count: all hidden", func(t *testing.T) {
		// 11 voters, at most 2 choices each: 22 choices at most, 21 shown, so the hidden one is 1.
		v := Poll(PollCounts{Kind: MultipleChoice, K: 5, Turnout: 11, MaxChoices: 2, Ranks: ranksOf(1, 0, 11, 5, 5)})
		for i, o := range v.Options {
			if o.Count != nil {
				t.Errorf("option %d shown: %+v", i, v)
			}
		}
	})
	t.Run("ranking: Borda points only when no rank count is small", func(t *testing.T) {
		// 3 options: points and first preferences give every rank count back.
		small := Poll(PollCounts{Kind: Ranking, K: 5, Turnout: 12, Ranks: [][]int{{6, 2, 4}, {6, 5, 1}, {0, 5, 7}}})
		for _, o := range small.Options {
			if o.BordaPoints != nil {
				t.Errorf("points beside small rank counts: %+v", small)
			}
		}
		large := Poll(PollCounts{Kind: Ranking, K: 5, Turnout: 12, Ranks: [][]int{{6, 6, 0}, {6, 0, 6}, {0, 6, 6}}})
		for i, o := range large.Options {
			if want := BordaPoints([][]int{{6, 6, 0}, {6, 0, 6}, {0, 6, 6}})[i]; o.BordaPoints == nil || *o.BordaPoints != want {
				t.Errorf("option %d: %+v", i, large)
			}
		}
		first := Poll(PollCounts{Kind: Ranking, K: 5, Turnout: 12, Ranks: ranksOf(6, 6, 0)})
		if first.Options[0].BordaPoints != nil || first.Options[0].Count == nil {
			t.Errorf("first preferences only (reports): counts, no points: %+v", first)
		}
	})
	t.Run("a table that cannot come from a poll: nothing shown", func(t *testing.T) {
		v := Poll(PollCounts{Kind: SingleChoice, K: 5, Turnout: 9, Ranks: ranksOf(3, 0)})
		if v.Options[0].Count != nil || v.Options[1].Count != nil {
			t.Errorf("%+v", v)
		}
	})
}

func TestBordaPointsAndMedian(t *testing.T) {
	// 3 options, 4 children: A first twice, B first twice.
	points := BordaPoints([][]int{{2, 1, 1}, {2, 0, 2}, {0, 3, 1}})
	if want := []int{2*3 + 1*2 + 1*1, 2*3 + 0*2 + 2*1, 0*3 + 3*2 + 1*1}; !slices.Equal(points, want) {
		t.Errorf("BordaPoints = %v, want %v", points, want)
	}
	if sum := points[0] + points[1] + points[2]; sum != 4*3*4/2 {
		t.Errorf("points add up to %d, want turnout·n(n+1)/2 = %d", sum, 4*3*4/2)
	}
	for _, tt := range []struct {
		counts []int
		want   float64
		ok     bool
	}{
		{[]int{0, 0, 0, 0, 0}, 0, false},
		{[]int{1, 0, 0, 0, 0}, 1, true},
		{[]int{0, 2, 1, 0, 2}, 3, true},   // 2 2 3 5 5
		{[]int{1, 1, 1, 1, 0}, 2.5, true}, // 1 2 3 4
		{[]int{0, 0, 3, 0, 3}, 4, true},   // 3 3 3 5 5 5
		{[]int{5, 0, 0, 0, 1}, 1, true},
	} {
		got, ok := Median(tt.counts)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Median(%v) = %v %v, want %v %v", tt.counts, got, ok, tt.want, tt.ok)
		}
	}
}
