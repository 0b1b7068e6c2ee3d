package markdown

import "bytes"

// maxContainerPrefix bounds the bytes of block-quote markers, list markers
// and indentation that goldmark sees at the start of one line. goldmark's
// block parser costs (open containers) x (line length) per line, so a
// 1,000-deep staircase of nested lists or a million '>' would take seconds
// to minutes. Real documents never come close to this bound; the price is
// that a code line indented by more than this loses the excess indentation
// in its block's content (its columns stay right).
const maxContainerPrefix = 128

// guardNesting shortens the container prefix of every line (from byte
// offset from on) that is longer than maxContainerPrefix, by removing whole
// markers from its middle. It returns src unchanged when no line needs it,
// else a new buffer and the cuts made (for the line index).
func guardNesting(src []byte, from int) ([]byte, []cut) {
	var out []byte
	var cuts []cut
	var bounds []int
	copied := 0 // bytes of src already copied to out
	line := 1
	line += bytes.Count(src[:min(from, len(src))], []byte{'\n'})
	for start := from; start < len(src); line++ {
		end := len(src)
		if i := bytes.IndexByte(src[start:], '\n'); i >= 0 {
			end = start + i
		}
		if end > start && markerEnd(src[start:end], 0) > 0 && prefixLen(src[start:end], maxContainerPrefix+1, nil) > maxContainerPrefix {
			bounds = bounds[:0]
			p := prefixLen(src[start:end], end-start, &bounds)
			head, tail := cutRange(bounds, p)
			if tail > head {
				out = append(out, src[copied:start+head]...)
				cuts = append(cuts, cut{line: line, at: len(out), removed: tail - head})
				copied = start + tail
			}
		}
		start = end + 1
	}
	if cuts == nil {
		return src, nil
	}
	out = append(out, src[copied:]...)
	return out, cuts
}

// prefixLen returns the length of the container prefix of line (spaces,
// tabs, '>' and list markers followed by a space), scanning no further than
// limit bytes. When bounds is not nil it receives the end of every marker.
func prefixLen(line []byte, limit int, bounds *[]int) int {
	i := 0
	for i < len(line) && i < limit {
		next := markerEnd(line, i)
		if next == i {
			break
		}
		i = next
		if bounds != nil {
			*bounds = append(*bounds, i)
		}
	}
	return i
}

// markerEnd returns the end of the container marker starting at i, or i.
func markerEnd(line []byte, i int) int {
	c := line[i]
	switch {
	case c == ' ' || c == '\t' || c == '>':
		return i + 1
	case c == '-' || c == '*' || c == '+':
		if i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t') {
			return i + 2
		}
	case c >= '0' && c <= '9':
		j := i
		for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
			return j + 2
		}
	}
	return i
}

// cutRange picks the markers to remove from a prefix of length p with the
// given marker ends: it keeps about half the allowed bytes at the start and
// half at the end.
func cutRange(bounds []int, p int) (head, tail int) {
	half := maxContainerPrefix / 2
	for _, b := range bounds {
		if b > half {
			break
		}
		head = b
	}
	tail = p
	for i := len(bounds) - 1; i >= 0; i-- {
		if p-bounds[i] > half {
			break
		}
		tail = bounds[i]
	}
	// tail is a marker end; the bytes [head, tail) are whole markers.
	return head, tail
}
