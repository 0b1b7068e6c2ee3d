package markdown

import (
	"strconv"
	"strings"
	"unicode"
)

// githubSlug turns a heading's text into its GitHub anchor, as
// github-slugger does: lower case; every character removed except letters,
// marks, numbers, connector punctuation, spaces and "-"; each space
// replaced by "-".
func githubSlug(title string) string {
	var b strings.Builder
	b.Grow(len(title))
	for _, r := range title {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-':
			b.WriteByte('-')
		case r == '\u0130': // JavaScript lower-cases İ to i + combining dot
			b.WriteString("i\u0307")
		case unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r) || unicode.Is(unicode.Pc, r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// slugger hands out unique slugs the way github-slugger does: a repeat of
// "a" becomes "a-1", "a-2", ...
type slugger struct {
	seen map[string]int
}

// grow makes room for n more slugs.
func (s *slugger) grow(n int) {
	if s.seen == nil {
		s.seen = make(map[string]int, n)
	}
}

// unique returns base, or base with the next free "-N" suffix.
func (s *slugger) unique(base string) string {
	if s.seen == nil {
		s.seen = map[string]int{}
	}
	result := base
	for {
		if _, taken := s.seen[result]; !taken {
			break
		}
		s.seen[base]++
		result = base + "-" + strconv.Itoa(s.seen[base])
	}
	s.seen[result] = 0
	return result
}
