package markdown

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLineIndexLine checks line against a count of the line feeds before
// an offset, for offsets in order, in reverse and at random.
func TestLineIndexLine(t *testing.T) {
	src := []byte("a\n\nbc\nd\n\n\nlast line")
	want := func(off int) int {
		off = min(off, len(src)-1)
		return 1 + strings.Count(string(src[:max(off, 0)]), "\n")
	}
	index := newLineIndex(src, nil)
	var offsets []int
	for off := -1; off <= len(src)+2; off++ {
		offsets = append(offsets, off)
	}
	for i := len(src) + 2; i >= -1; i-- {
		offsets = append(offsets, i)
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for range 200 {
		offsets = append(offsets, rng.IntN(len(src)+4)-1)
	}
	for _, off := range offsets {
		if got := index.line(off); got != want(off) {
			t.Fatalf("line(%d) = %d, want %d", off, got, want(off))
		}
	}
	if got := newLineIndex([]byte("x"), nil).line(5); got != 1 {
		t.Errorf("one-line file: line(5) = %d, want 1", got)
	}
}
