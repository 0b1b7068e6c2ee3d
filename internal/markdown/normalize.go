package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/addlint/addlint/internal/model"
)

// normalizeTitle returns model.NormalizeTitle(text). Most headings and
// field keys take one of the two fast paths of model.NormalizeTitle (a
// title already normalized once lower-cased, or a numbered one whose rest
// is); they are recognized here without its regular expressions, which
// cost more than the rest of a heading's handling. Any other text goes to
// model.NormalizeTitle.
func normalizeTitle(text string) string {
	lowered := strings.ToLower(strings.TrimSpace(text))
	if isPlainTitle(lowered, ".)") {
		return lowered
	}
	if rest, ok := cutTitleNumber(lowered); ok && isPlainTitle(rest, "") {
		return rest
	}
	return model.NormalizeTitle(text)
}

// isPlainTitle reports whether s matches `^\p{L}(?:(?:[ ]?X)*[ ]?[\p{L}\p{N}])?$`
// where X is any character but a white space (\s: tab, line feed, form
// feed, carriage return, space) and the characters of excluded: a letter,
// then optionally more characters ending with a letter or a digit, with
// single spaces between them. This is the pattern of model.NormalizeTitle's
// plain titles (excluded ".)") and of the rest of its numbered titles
// (excluded "").
func isPlainTitle(s, excluded string) bool {
	runes := 0
	last := ' '
	for _, r := range s {
		runes++
		switch {
		case runes == 1:
			if !isLetter(r) {
				return false
			}
		case r == ' ':
			if last == ' ' {
				return false // two spaces in a row
			}
		case r == '\t' || r == '\n' || r == '\f' || r == '\r' || strings.ContainsRune(excluded, r):
			return false
		}
		last = r
	}
	// A single letter is its own last character; an empty s ends in ' '.
	return isLetter(last) || isNumber(last)
}

// isLetter reports whether r is in Unicode category L (\p{L}).
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
	}
	return unicode.Is(unicode.L, r)
}

// isNumber reports whether r is in Unicode category N (\p{N}).
func isNumber(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.Is(unicode.N, r)
}

// cutTitleNumber removes the numbering of model.NormalizeTitle's numbered
// fast path, `^\d+(?:\.\d+)*\.?\s+`, from s, and reports whether s starts
// with one.
func cutTitleNumber(s string) (rest string, ok bool) {
	i := digitsAt(s, 0)
	if i == 0 {
		return "", false
	}
	for i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		i += 1 + digitsAt(s, i+1)
	}
	if i < len(s) && s[i] == '.' {
		i++
	}
	spaces := i
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	if i == spaces {
		return "", false
	}
	return s[i:], true
}
