package markdown

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// lineIndex turns byte offsets of the parsed source into 1-based lines and
// columns (columns count Unicode characters).
type lineIndex struct {
	src    []byte
	starts []int // byte offset of the start of each line
	lines  int   // number of lines in the file
	cuts   []cut // lines whose container prefix was shortened, by line

	// lineHint is the line line returned last.
	lineHint int

	// The last column counted: pos counts on from it when asked about a
	// later offset of the same line, so that the positions of a long line
	// cost its length once, not once per position.
	lastLine, lastOff, lastCol int
}

// cut records bytes removed from one line by the nesting guard, so that
// columns after the removal still count the removed characters.
type cut struct {
	line    int // 1-based line
	at      int // offset in src where the bytes were removed
	removed int // number of (ASCII) characters removed
}

// newLineIndex indexes src, whose line endings are all "\n".
func newLineIndex(src []byte, cuts []cut) *lineIndex {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 || i+j+1 >= len(src) {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	lines := len(starts)
	if len(src) == 0 {
		lines = 0
	}
	return &lineIndex{src: src, starts: starts, lines: lines, cuts: cuts}
}

// line returns the 1-based line holding byte offset off, clamped to the
// lines of the file. Offsets mostly come in document order, so the line of
// the previous answer and the one after it are tried first.
func (x *lineIndex) line(off int) int {
	if off <= 0 || len(x.starts) == 1 {
		return 1
	}
	for _, guess := range [2]int{x.lineHint, x.lineHint + 1} {
		if x.holds(guess, off) {
			x.lineHint = guess
			return guess
		}
	}
	x.lineHint = sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })
	return x.lineHint
}

// holds reports whether 1-based line n (a guess that may be out of range)
// holds byte offset off, the lines after the last one included.
func (x *lineIndex) holds(n, off int) bool {
	return n >= 1 && n <= len(x.starts) && x.starts[n-1] <= off && (n == len(x.starts) || off < x.starts[n])
}

// lineStart returns the byte offset where 1-based line n starts.
func (x *lineIndex) lineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(x.starts) {
		return len(x.src)
	}
	return x.starts[n-1]
}

// lineEnd returns the byte offset of the "\n" ending 1-based line n, or the
// end of the source.
func (x *lineIndex) lineEnd(n int) int {
	if n < len(x.starts) {
		return x.starts[n] - 1
	}
	end := len(x.src)
	if end > 0 && x.src[end-1] == '\n' {
		end--
	}
	return end
}

// pos returns the 1-based line and column of byte offset off.
func (x *lineIndex) pos(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	line = x.line(off)
	start := x.starts[line-1]
	if start > off {
		start = off
	}
	if line == x.lastLine && off >= x.lastOff && x.lastOff >= start {
		col = x.lastCol + utf8.RuneCount(x.src[x.lastOff:off])
	} else {
		col = utf8.RuneCount(x.src[start:off]) + 1
	}
	x.lastLine, x.lastOff, x.lastCol = line, off, col
	if len(x.cuts) > 0 {
		i := sort.Search(len(x.cuts), func(i int) bool { return x.cuts[i].line >= line })
		if i < len(x.cuts) && x.cuts[i].line == line && off >= x.cuts[i].at {
			col += x.cuts[i].removed
		}
	}
	return line, col
}
