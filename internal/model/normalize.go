package model

import (
	"regexp"
	"strings"
	"sync"
)

// titlePatterns are the patterns of NormalizeTitle, the same as those of the
// policy library's normalize_title (policies/addlint/lib/text.rego): a test
// checks that both give the same answer.
type titlePatterns struct {
	leadingNonWord, leadingNumber, trailingNonWord, trailingNoParen, whitespaceRun, plainTitle, numberedTitle *regexp.Regexp
}

// patterns compiles the patterns on first use: compiling them costs about a
// millisecond, which a run that never normalizes a title (addlint version,
// addlint rules) should not pay.
var patterns = sync.OnceValue(func() *titlePatterns {
	return &titlePatterns{
		leadingNonWord:  regexp.MustCompile(`^[^\p{L}\p{N}]+`),
		leadingNumber:   regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?(?:\s*[-–—:)]\s*|\s+)|\d+(?:\.\d+)*\.|(?:[ivxlcdm]+|[a-z])[.)]\s+)`),
		trailingNonWord: regexp.MustCompile(`[^\p{L}\p{N}]+$`),
		trailingNoParen: regexp.MustCompile(`[^\p{L}\p{N})]+$`),
		whitespaceRun:   regexp.MustCompile(`\s+`),
		plainTitle:      regexp.MustCompile(`^\p{L}(?:(?:[ ]?[^\s.)])*[ ]?[\p{L}\p{N}])?$`),
		numberedTitle:   regexp.MustCompile(`^\d+(?:\.\d+)*\.?\s+(\p{L}(?:(?:[ ]?\S)*[ ]?[\p{L}\p{N}])?)$`),
	}
})

// NormalizeTitle lower-cases a heading or field key, removes leading
// numbering ("3.", "6.1.2", "III.", "A.") and surrounding punctuation,
// markup and emoji, and collapses whitespace, so that
// "3. Executive Summary:" becomes "executive summary". A trailing closing
// parenthesis that closes an opening one is kept
// ("quality checklist (definition of done)").
func NormalizeTitle(text string) string {
	p := patterns()
	lowered := strings.ToLower(strings.TrimSpace(text))
	// The two fast paths of the library: a title already normalized, and a
	// numbered one whose rest is.
	if p.plainTitle.MatchString(lowered) {
		return lowered
	}
	if match := p.numberedTitle.FindStringSubmatch(lowered); match != nil {
		return match[1]
	}
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
