package markdown

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	gmtext "github.com/yuin/goldmark/text"

	"github.com/addlint/addlint/internal/model"
)

// markerWords are the unfinished-work markers counted as placeholders.
var markerWords = []string{"TBD", "TODO", "FIXME", "XXX"}

// hit is a placeholder found at a byte offset.
type hit struct {
	at   int
	text string
}

// scanPlaceholders searches the lines of an inline container for
// placeholders, skipping the ranges in b.masks (code spans, links, images,
// autolinks, inline HTML, task boxes).
func (b *builder) scanPlaceholders(lines *gmtext.Segments) {
	if lines == nil {
		return
	}
	next := 0 // first mask that may still matter
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		from, stop := seg.Start, min(seg.Stop, len(b.src))
		for next < len(b.masks) && b.masks[next].end <= from {
			next++
		}
		for m := next; m < len(b.masks) && b.masks[m].start < stop; m++ {
			if b.masks[m].start > from {
				b.placeholdersIn(from, b.masks[m].start)
			}
			from = max(from, b.masks[m].end)
		}
		if from < stop {
			b.placeholdersIn(from, stop)
		}
	}
}

// placeholdersIn records the placeholders in the source range [from, to),
// in order: bracketed template text and TBD/TODO/FIXME/XXX words (a word
// inside a bracketed placeholder is not counted again).
func (b *builder) placeholdersIn(from, to int) {
	if !mayHoldPlaceholder(b.src[from:to]) {
		return
	}
	s := string(b.src[from:to])
	var hits []hit
	var covered []span
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		j := strings.IndexAny(s[i+1:], "[]")
		if j < 0 {
			break
		}
		j += i + 1
		if s[j] == '[' {
			i = j - 1
			continue
		}
		if b.bracketAllowed(from+i, from+j) && isTemplateText(s[i+1:j]) {
			hits = append(hits, hit{from + i, s[i : j+1]})
			covered = append(covered, span{i, j + 1})
		}
		i = j
	}
	for _, word := range markerWords {
		for k := 0; ; {
			at := strings.Index(s[k:], word)
			if at < 0 {
				break
			}
			at += k
			k = at + len(word)
			if isWordBoundary(s, at, k) && !inside(covered, at) {
				hits = append(hits, hit{from + at, word})
			}
		}
	}
	sort.Slice(hits, func(x, y int) bool { return hits[x].at < hits[y].at })
	for _, h := range hits {
		line, col := b.pos(h.at)
		b.doc.Placeholders = append(b.doc.Placeholders, model.Placeholder{Section: b.current, Text: h.text, Line: line, Column: col})
	}
}

// mayHoldPlaceholder is a quick test that avoids copying text that holds
// neither a bracket nor a marker word.
func mayHoldPlaceholder(text []byte) bool {
	for i := 0; i < len(text); i++ {
		j := bytes.IndexAny(text[i:], "[TFX")
		if j < 0 {
			return false
		}
		i += j
		if text[i] == '[' {
			return true
		}
		for _, word := range markerWords {
			if bytes.HasPrefix(text[i:], []byte(word)) {
				return true
			}
		}
	}
	return false
}

// bracketAllowed rejects brackets that are escaped, glued to a word
// (array[i]), or part of a link-like construct ("[x][y]", "[x](y)").
func (b *builder) bracketAllowed(open, closing int) bool {
	if open > 0 {
		prev, _ := utf8.DecodeLastRune(b.src[:open])
		if prev == '\\' || prev == ']' || unicode.IsLetter(prev) || unicode.IsDigit(prev) {
			return false
		}
	}
	if closing+1 < len(b.src) {
		if next := b.src[closing+1]; next == '(' || next == '[' {
			return false
		}
	}
	return true
}

// isWordBoundary reports whether s[start:end] is a whole word. An
// underscore joins words (TODO_LIST) unless it is an emphasis marker at
// the edge of a word (_TBD_).
func isWordBoundary(s string, start, end int) bool {
	if start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if r == '_' {
			r, _ = utf8.DecodeLastRuneInString(s[:start-size])
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if r == '_' {
			r, _ = utf8.DecodeRuneInString(s[end+size:])
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func inside(spans []span, at int) bool {
	for _, sp := range spans {
		if at >= sp.start && at < sp.end {
			return true
		}
	}
	return false
}

// isTemplateText reports whether the text between brackets is a template
// placeholder: it holds a template token (YYYY, MM, DD, HH:MM, X.Y, "...",
// "|" alternatives), or it is one to six words starting with a letter and
// not written all in capitals. Footnotes [^1], alerts [!NOTE], task boxes
// [x] and citations [1] are not placeholders.
func isTemplateText(inner string) bool {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(inner), "*_`"))
	if t == "" || t == "x" || t == "X" || t[0] == '^' || t[0] == '!' || isCitation(t) {
		return false
	}
	if hasTemplateToken(t) {
		return true
	}
	words := strings.Fields(t)
	if len(words) > 6 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(first) && !allCapitals(t)
}

// isCitation reports whether t is only numbers ("1", "1, 2", "3-5").
func isCitation(t string) bool {
	for _, r := range t {
		if !unicode.IsDigit(r) && r != ',' && r != ' ' && r != '-' && r != '–' {
			return false
		}
	}
	return true
}

// hasTemplateToken finds YYYY, MM, DD, HH (as whole capital words), X.Y,
// an ellipsis or a "|" between alternatives.
func hasTemplateToken(t string) bool {
	if strings.Contains(t, "...") || strings.Contains(t, "…") || strings.Contains(t, "|") {
		return true
	}
	if i := strings.Index(t, "X.Y"); i >= 0 && isWordBoundary(t, i, i+3) {
		return true
	}
	for i := 0; i < len(t); {
		if t[i] < 'A' || t[i] > 'Z' {
			i++
			continue
		}
		j := i
		for j < len(t) && ((t[j] >= 'A' && t[j] <= 'Z') || (t[j] >= 'a' && t[j] <= 'z')) {
			j++
		}
		switch t[i:j] {
		case "YYYY", "MM", "DD", "HH":
			return true
		}
		i = j
	}
	return false
}

// allCapitals reports whether t has cased letters and none in lower case
// (tags such as "[STABLE RUST]" or "[JS]").
func allCapitals(t string) bool {
	cased := false
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return cased
}
