package model

import (
	"regexp"
	"strings"
)

// The patterns of NormalizeTitle, the same as those of the policy library's
// normalize_title (policies/addlint/lib/text.rego): a test checks that both
// give the same answer.
var (
	leadingNonWord  = regexp.MustCompile(`^[^\p{L}\p{N}]+`)
	leadingNumber   = regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?(?:\s*[-–—:)]\s*|\s+)|\d+(?:\.\d+)*\.|(?:[ivxlcdm]+|[a-z])[.)]\s+)`)
	trailingNonWord = regexp.MustCompile(`[^\p{L}\p{N}]+$`)
	trailingNoParen = regexp.MustCompile(`[^\p{L}\p{N})]+$`)
	whitespaceRun   = regexp.MustCompile(`\s+`)
	plainTitle      = regexp.MustCompile(`^\p{L}(?:(?:[ ]?[^\s.)])*[ ]?[\p{L}\p{N}])?$`)
	numberedTitle   = regexp.MustCompile(`^\d+(?:\.\d+)*\.?\s+(\p{L}(?:(?:[ ]?\S)*[ ]?[\p{L}\p{N}])?)$`)
)

// NormalizeTitle lower-cases a heading or field key, removes leading
// numbering ("3.", "6.1.2", "III.", "A.") and surrounding punctuation,
// markup and emoji, and collapses whitespace, so that
// "3. Executive Summary:" becomes "executive summary". A trailing closing
// parenthesis that closes an opening one is kept
// ("quality checklist (definition of done)").
func NormalizeTitle(text string) string {
	lowered := strings.ToLower(strings.TrimSpace(text))
	// The two fast paths of the library: a title already normalized, and a
	// numbered one whose rest is.
	if plainTitle.MatchString(lowered) {
		return lowered
	}
	if match := numberedTitle.FindStringSubmatch(lowered); match != nil {
		return match[1]
	}
	rest := leadingNonWord.ReplaceAllString(lowered, "")
	rest = leadingNumber.ReplaceAllString(rest, "")
	rest = leadingNonWord.ReplaceAllString(rest, "")
	if kept := trailingNoParen.ReplaceAllString(rest, ""); strings.HasSuffix(kept, ")") && strings.Contains(kept, "(") {
		rest = kept
	} else {
		rest = trailingNonWord.ReplaceAllString(rest, "")
	}
	return whitespaceRun.ReplaceAllString(rest, " ")
}
