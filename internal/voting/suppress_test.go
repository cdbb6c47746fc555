package voting

import (
	"slices"
	"testing"
)

func TestSuppressSmallCells(t *testing.T) {
	tests := []struct {
		name        string
		counts      []int
		total, k    int
		hidden      []bool
		totalHidden bool
	}{
		{"3 voters below k=5: every count and the turnout", []int{2, 1, 0}, 3, 5, []bool{true, true, true}, true},
		{"7 voters split 5/2: the 2, and the 5 that turnout minus it would give", []int{5, 2}, 7, 5, []bool{true, true}, false},
		{"nothing small", []int{6, 5, 9}, 20, 5, []bool{false, false, false}, false},
		{"no voters: zeros are shown", []int{0, 0}, 0, 5, []bool{false, false}, false},
		{"all in one cell: shown as it is", []int{7, 0}, 7, 5, []bool{false, false}, false},
		{"a zero is never the complement", []int{5, 2, 0}, 7, 5, []bool{true, true, false}, false},
		{"the smallest shown cell is the complement", []int{9, 2, 6}, 17, 5, []bool{false, true, true}, false},
		{"two small cells that together reach k need no complement", []int{2, 3, 10}, 15, 5, []bool{true, true, false}, false},
		{"two small cells below k together take a third", []int{1, 2, 9, 12}, 24, 5, []bool{true, true, true, false}, false},
		{"ties: the first", []int{8, 1, 8}, 17, 5, []bool{true, true, false}, false},
		{"a count of exactly k is shown", []int{5, 5}, 10, 5, []bool{false, false}, false},
		{"k=2 hides only ones", []int{1, 3, 4}, 8, 2, []bool{true, true, false}, false},
		{"multiple choice (cells add up to more than the voters)", []int{6, 4, 7}, 8, 5, []bool{true, true, false}, false},
		{"inconsistent cells hide the total rather than leave one cell alone", []int{3, 0}, 9, 5, []bool{true, false}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SuppressSmallCells(tt.counts, tt.total, tt.k)
			if !slices.Equal(got.Cells, tt.hidden) || got.Total != tt.totalHidden {
				t.Fatalf("SuppressSmallCells(%v, %d, %d) = %v total %v, want %v total %v",
					tt.counts, tt.total, tt.k, got.Cells, got.Total, tt.hidden, tt.totalHidden)
			}
			// Whatever is hidden can never be worked out: no hidden cell stands alone, and the
			// hidden cells together (turnout minus what is shown) count 0 or at least k.
			if tt.totalHidden {
				return
			}
			sum := 0
			for i, h := range got.Cells {
				if h {
					sum += tt.counts[i]
				}
			}
			if got.Hidden() == 1 || (sum > 0 && sum < tt.k) {
				t.Errorf("the hidden cells %v (sum %d) can be recovered", got.Cells, sum)
			}
		})
	}
}

func TestSuppressBorda(t *testing.T) {
	tests := []struct {
		name   string
		ranks  [][]int // ranks[o][r]: children who put option o at rank r+1
		k      int
		hidden []bool
	}{
		{"2 options: points are turnout plus first places, so follow them",
			[][]int{{5, 2}, {2, 5}}, 5, []bool{true, true}},
		{"2 options, every count large: shown",
			[][]int{{6, 5}, {5, 6}}, 5, []bool{false, false}},
		{"3 options: a small rank count anywhere hides all points",
			[][]int{{6, 2, 4}, {6, 5, 1}, {0, 5, 7}}, 5, []bool{true, true, true}},
		{"3 options, no small rank count: shown",
			[][]int{{6, 6, 0}, {6, 0, 6}, {0, 6, 6}}, 5, []bool{false, false, false}},
		{"4 options: only where first places are hidden",
			[][]int{{8, 1, 1, 9}, {2, 8, 6, 3}, {3, 5, 8, 3}, {6, 5, 4, 4}}, 5, []bool{false, true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := make([]int, len(tt.ranks))
			turnout := 0
			for o, row := range tt.ranks {
				first[o] = row[0]
				turnout += row[0]
			}
			got := SuppressBorda(tt.ranks, SuppressSmallCells(first, turnout, tt.k), tt.k)
			if !slices.Equal(got, tt.hidden) {
				t.Fatalf("SuppressBorda = %v, want %v", got, tt.hidden)
			}
			n := 0
			for _, h := range got {
				if h {
					n++
				}
			}
			if n == 1 {
				t.Errorf("one option's points hidden alone: the sum of all points gives them away")
			}
		})
	}
}

func TestSuppressBordaNeverHidesOneAlone(t *testing.T) {
	// A first-preference suppression with one hidden cell does not come out of
	// SuppressSmallCells; the Borda rule still never leaves a lone hidden option.
	ranks := [][]int{{9, 6, 5, 5}, {2, 9, 7, 7}, {7, 5, 6, 7}, {7, 5, 7, 6}}
	got := SuppressBorda(ranks, Suppression{Cells: []bool{false, true, false, false}}, 5)
	if want := []bool{false, true, true, false}; !slices.Equal(got, want) { // option 2 has the fewest points after 1
		t.Fatalf("SuppressBorda = %v, want %v (points %v)", got, want, BordaPoints(ranks))
	}
}

func TestBordaPointsAndMedian(t *testing.T) {
	// 3 options, 4 children: A first twice, B first twice.
	points := BordaPoints([][]int{{2, 1, 1}, {2, 0, 2}, {0, 3, 1}})
	if want := []int{2*3 + 1*2 + 1*1, 2*3 + 0*2 + 2*1, 0*3 + 3*2 + 1*1}; !slices.Equal(points, want) {
		t.Errorf("BordaPoints = %v, want %v", points, want)
	}
	sum := 0
	for _, p := range points {
		sum += p
	}
	if sum != 4*3*4/2 {
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
