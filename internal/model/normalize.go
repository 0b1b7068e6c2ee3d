package model

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// titlePatterns are the patterns of NormalizeTitle's general path, the same
// as those of the policy library's normalize_title
// (policies/addlint/lib/text.rego): a test checks that both give the same
// answer.
type titlePatterns struct {
	leadingNonWord, leadingNumber, trailingNonWord, trailingNoParen, whitespaceRun *regexp.Regexp
}

// patterns compiles the patterns on first use: compiling them costs about a
// millisecond, which a run whose titles all take a fast path should not pay.
var patterns = sync.OnceValue(func() *titlePatterns {
	return &titlePatterns{
		leadingNonWord:  regexp.MustCompile(`^[^\p{L}\p{N}]+`),
		leadingNumber:   regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?(?:\s*[-–—:)]\s*|\s+)|\d+(?:\.\d+)*\.|(?:[ivxlcdm]+|[a-z])[.)]\s+)`),
		trailingNonWord: regexp.MustCompile(`[^\p{L}\p{N}]+$`),
		trailingNoParen: regexp.MustCompile(`[^\p{L}\p{N})]+$`),
		whitespaceRun:   regexp.MustCompile(`\s+`),
	}
})

// NormalizeTitle lower-cases a heading or field key, removes leading
// numbering ("3.", "6.1.2", "III.", "A.") and surrounding punctuation,
// markup and emoji, and collapses whitespace, so that
// "3. Executive Summary:" becomes "executive summary". A trailing closing
// parenthesis that closes an opening one is kept
// ("quality checklist (definition of done)").
func NormalizeTitle(text string) string {
	lowered := strings.ToLower(strings.TrimSpace(text))
	// The two fast paths of the library, without regular expressions: a
	// title already normalized, and a numbered one whose rest is.
	if isPlainTitle(lowered, ".)") {
		return lowered
	}
	if rest, ok := cutTitleNumber(lowered); ok && isPlainTitle(rest, "") {
		return rest
	}
	return normalizeGeneral(lowered)
}

// normalizeGeneral is NormalizeTitle past its fast paths, on the trimmed,
// lower-cased text.
func normalizeGeneral(lowered string) string {
	p := patterns()
	rest := p.leadingNonWord.ReplaceAllString(lowered, "")
	rest = p.leadingNumber.ReplaceAllString(rest, "")
	rest = p.leadingNonWord.ReplaceAllString(rest, "")
	if kept := p.trailingNoParen.ReplaceAllString(rest, ""); strings.HasSuffix(kept, ")") && strings.Contains(kept, "(") {
		rest = kept
	} else {
		rest = p.trailingNonWord.ReplaceAllString(rest, "")
	}
	return p.whitespaceRun.ReplaceAllString(rest, " ")
}

// isPlainTitle reports whether s matches `^\p{L}(?:(?:[ ]?X)*[ ]?[\p{L}\p{N}])?$`
// where X is any character but a white space (\s: tab, line feed, form
// feed, carriage return, space) and the characters of excluded: a letter,
// then optionally more characters ending with a letter or a digit, with
// single spaces between them. This is the library's pattern of plain
// titles (excluded ".)") and of the rest of numbered titles (excluded "").
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

// cutTitleNumber removes the numbering of the library's numbered fast
// path, `^\d+(?:\.\d+)*\.?\s+`, from s, and reports whether s starts with
// one.
func cutTitleNumber(s string) (rest string, ok bool) {
	i := asciiDigitsAt(s, 0)
	if i == 0 {
		return "", false
	}
	for i+1 < len(s) && s[i] == '.' && asciiDigitsAt(s, i+1) > 0 {
		i += 1 + asciiDigitsAt(s, i+1)
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

// asciiDigitsAt counts the ASCII digits (\d) starting at s[i].
func asciiDigitsAt(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
		n++
	}
	return n
}
