package config

import "strings"

// Suggest returns the name in known closest to name, or "" when none is
// close enough to be a likely misspelling. Config keys and rule ids use it for
// "did you mean" hints.
func Suggest(name string, known []string) string {
	limit := max(2, len([]rune(name))/3)
	best, bestDistance := "", limit+1
	lower := strings.ToLower(name)
	for _, candidate := range known {
		d := editDistance(lower, strings.ToLower(candidate))
		if len(lower) >= 3 && strings.HasPrefix(strings.ToLower(candidate), lower) {
			d = min(d, 1)
		}
		if d < bestDistance || (d == bestDistance && candidate < best) {
			best, bestDistance = candidate, d
		}
	}
	return best
}

// didYouMean returns ` (did you mean "x"?)` for the closest known name, or "".
func didYouMean(name string, known []string) string {
	if s := Suggest(name, known); s != "" {
		return ` (did you mean "` + s + `"?)`
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	previous := make([]int, len(rb)+1)
	current := make([]int, len(rb)+1)
	for j := range previous {
		previous[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		current[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			current[j] = min(previous[j]+1, current[j-1]+1, previous[j-1]+cost)
		}
		previous, current = current, previous
	}
	return previous[len(rb)]
}
