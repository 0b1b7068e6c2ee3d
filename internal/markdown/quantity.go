package markdown

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/addlint/addlint/internal/model"
)

// Quantities returns the numbers found in text, each with its unit:
// "p99 < 250 ms" gives {250, "ms", "250 ms"}, "1,000 req/s" gives
// {1000, "req/s"}, "10k rps" gives {10000, "rps"} and a bare "1000" gives
// {1000, ""}. Versions (1.2, v2.0, 1.2.3), dates, times, percentile labels
// (p99), identifiers with digits (S3, HS256) and list numbering are not
// quantities. The result is never nil.
func Quantities(text string) []model.Quantity {
	out := []model.Quantity{}
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		if !numberMayStart(text, i) {
			i = skipWord(text, i)
			continue
		}
		q, next, ok := scanQuantity(text, i)
		if ok {
			out = append(out, q)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// numberMayStart reports whether a number may start at text[i], judging by
// the characters before it: "p99", "S3", "HS256", "ABC-123", "#74",
// "HTTP/2" and "10:30" do not hold quantities.
func numberMayStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	switch {
	case isWordRune(r) || r == '_' || r == '.' || r == '#' || r == '/':
		return false
	case r == '-' || r == ':':
		before, _ := utf8.DecodeLastRuneInString(text[:i-size])
		if r == '-' {
			return !isWordRune(before) || unicode.IsDigit(before)
		}
		return isWordRune(before) && !unicode.IsDigit(before)
	}
	return true
}

// skipWord returns the end of the identifier or version around text[i].
func skipWord(text string, i int) int {
	for i < len(text) && (isDigit(text[i]) || isASCIILetter(text[i]) || text[i] == '.' || text[i] == '_') {
		i++
	}
	return i
}

// skipWhile returns the first index from i whose byte is not in set.
func skipWhile(text string, i int, set string) int {
	for i < len(text) && strings.IndexByte(set, text[i]) >= 0 {
		i++
	}
	return i
}

// digitsAt counts the digits starting at text[i].
func digitsAt(text string, i int) int {
	n := 0
	for i+n < len(text) && isDigit(text[i+n]) {
		n++
	}
	return n
}

// scanQuantity reads the number starting at text[start] and its unit. It
// returns the index to continue from and false when the number is not a
// quantity.
func scanQuantity(text string, start int) (model.Quantity, int, bool) {
	j := start + digitsAt(text, start)
	intDigits := j - start
	// Thousands separators: "1,000", "10,000,000".
	for j+3 < len(text) && text[j] == ',' && digitsAt(text, j+1) == 3 {
		j += 4
	}
	if j+1 < len(text) && isDigit(text[j+1]) && j == start+intDigits {
		switch text[j] {
		case ':', '/': // times 12:30, dates 31/01/2024, fractions
			return model.Quantity{}, skipWhile(text, j, "0123456789:/."), false
		case '-': // dates 2024-01-31 and 2024-01
			if intDigits == 4 && digitsAt(text, j+1) == 2 {
				return model.Quantity{}, skipWhile(text, j, "0123456789-"), false
			}
		}
	}
	decimal := false
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		j += 1 + digitsAt(text, j+1)
		decimal = true
		if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) { // 1.2.3
			return model.Quantity{}, skipWord(text, j), false
		}
	}
	if isListNumber(text, start, j, decimal) {
		return model.Quantity{}, j + 1, false
	}
	value, err := strconv.ParseFloat(strings.ReplaceAll(text[start:j], ",", ""), 64)
	if err != nil {
		return model.Quantity{}, j, false
	}
	end := j
	multiplied := false
	if j < len(text) && (text[j] == 'k' || text[j] == 'K' || text[j] == 'M') && !letterOrDigitAt(text, j+1) {
		if text[j] == 'M' {
			value *= 1e6
		} else {
			value *= 1e3
		}
		j++
		end = j
		multiplied = true
	}
	unit, unitEnd, attachedWord := scanUnit(text, j)
	switch {
	case unit != "":
		end = unitEnd
	case attachedWord:
		return model.Quantity{}, skipWord(text, j), false // 3rd, 4xx, 2nd
	case decimal && !multiplied:
		return model.Quantity{}, end, false // a version such as 1.2
	}
	return model.Quantity{Value: value, Unit: unit, Text: text[start:end]}, end, true
}

// isListNumber reports whether the integer text[start:end] numbers a list
// or a heading ("1. Overview", "2) Scope") at the start of the text.
func isListNumber(text string, start, end int, decimal bool) bool {
	if decimal || strings.TrimSpace(text[:start]) != "" || end >= len(text) {
		return false
	}
	if text[end] != '.' && text[end] != ')' {
		return false
	}
	return end+1 == len(text) || text[end+1] == ' ' || text[end+1] == '\t'
}

// letterOrDigitAt reports whether a word character starts at text[i].
func letterOrDigitAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// isWordRune reports whether r is a digit or a letter of a script that
// separates words with spaces; Chinese, Japanese and Korean characters
// count as separators, since numbers stand right next to them.
func isWordRune(r rune) bool {
	if unicode.IsDigit(r) {
		return true
	}
	if !unicode.IsLetter(r) {
		return false
	}
	return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// scanUnit reads the unit after a number at text[i]: optionally one space
// (or a hyphen, as in "5-minute"),
// then "%", a unit word, a rate such as "req/s" or "events/day", or a rate
// written "requests per second". attachedWord is true when an unknown word
// follows the number without a space.
func scanUnit(text string, i int) (unit string, end int, attachedWord bool) {
	if i >= len(text) {
		return "", i, false
	}
	if text[i] == '%' {
		return "%", i + 1, false
	}
	if strings.HasPrefix(text[i:], "×") {
		return "x", i + len("×"), false
	}
	attached := true
	k := i
	for _, space := range []string{" ", "\u00a0", "\u202f", "-"} {
		if strings.HasPrefix(text[k:], space) {
			attached = false
			k += len(space)
			break
		}
	}
	if k < len(text) && text[k] == '%' && !attached {
		return "%", k + 1, false
	}
	word, wordEnd := unitWord(text, k)
	if word == "" {
		return "", i, false
	}
	if u, e, ok := rateUnit(text, word, wordEnd); ok {
		return u, e, false
	}
	if u, ok := simpleUnit(word, attached); ok {
		return u, wordEnd, false
	}
	return "", i, attached
}

// unitWord reads a word of ASCII letters (or a leading µ/μ) at text[k]
// that is not followed by another letter or a digit.
func unitWord(text string, k int) (string, int) {
	e := k
	for _, micro := range []string{"µ", "μ"} {
		if strings.HasPrefix(text[e:], micro) {
			e += len(micro)
			break
		}
	}
	for e < len(text) && isASCIILetter(text[e]) {
		e++
	}
	if e == k || letterOrDigitAt(text, e) {
		return "", k
	}
	return text[k:e], e
}

// rateUnit recognizes "req/s", "MB/s", "events/day" and "requests per
// second" after word (which ends at text[end]).
func rateUnit(text, word string, end int) (string, int, bool) {
	var per string
	var perEnd int
	switch {
	case end+1 < len(text) && text[end] == '/':
		per, perEnd = unitWord(text, end+1)
	case strings.HasPrefix(text[end:], " per "):
		per, perEnd = unitWord(text, end+len(" per "))
	default:
		return "", end, false
	}
	denominator, ok := timeDenominators[strings.ToLower(per)]
	if !ok {
		return "", end, false
	}
	numerator, known := rateNouns[strings.ToLower(word)]
	if !known {
		if data, isData := dataUnits[word]; isData {
			numerator, known = data, true
		}
	}
	if !known {
		if text[end] != '/' {
			return "", end, false
		}
		numerator = strings.ToLower(word)
	}
	return numerator + "/" + denominator, perEnd, true
}

// simpleUnit maps a unit word to its normal form. Single-letter "x" counts
// only when written right after the number ("10x").
func simpleUnit(word string, attached bool) (string, bool) {
	if u, ok := dataUnits[word]; ok {
		return u, true
	}
	switch word {
	case "x", "X":
		return "x", attached
	case "us":
		return "µs", attached
	}
	u, ok := wordUnits[strings.ToLower(word)]
	if !ok {
		u, ok = wordUnits[word]
	}
	return u, ok
}

// dataUnits are case-sensitive sizes and bandwidths.
var dataUnits = map[string]string{
	"B": "B", "KB": "KB", "kB": "KB", "kb": "KB", "MB": "MB", "mb": "MB", "GB": "GB", "gb": "GB",
	"TB": "TB", "tb": "TB", "PB": "PB", "KiB": "KiB", "MiB": "MiB", "GiB": "GiB", "TiB": "TiB",
	"Ki": "KiB", "Mi": "MiB", "Gi": "GiB", "Ti": "TiB",
	"Kbps": "Kbps", "kbps": "Kbps", "Mbps": "Mbps", "mbps": "Mbps", "Gbps": "Gbps", "gbps": "Gbps",
}

// wordUnits are units matched in lower case.
var wordUnits = map[string]string{
	"ns": "ns", "nanosecond": "ns", "nanoseconds": "ns",
	"µs": "µs", "μs": "µs", "us": "µs", "microsecond": "µs", "microseconds": "µs",
	"ms": "ms", "msec": "ms", "msecs": "ms", "millisecond": "ms", "milliseconds": "ms",
	"s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
	"min": "min", "mins": "min", "minute": "min", "minutes": "min",
	"h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
	"d": "d", "day": "d", "days": "d",
	"week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
	"percent": "%",
	"rps":     "rps", "qps": "qps", "tps": "tps",
	"user": "users", "users": "users", "connection": "connections", "connections": "connections",
	"request": "requests", "requests": "requests", "event": "events", "events": "events",
	"message": "messages", "messages": "messages", "transaction": "transactions", "transactions": "transactions",
	"session": "sessions", "sessions": "sessions", "tenant": "tenants", "tenants": "tenants",
	"node": "nodes", "nodes": "nodes", "replica": "replicas", "replicas": "replicas",
	"instance": "instances", "instances": "instances", "pod": "pods", "pods": "pods",
	"core": "cores", "cores": "cores", "vcpu": "vcpu", "vcpus": "vcpu", "thread": "threads", "threads": "threads",
	"worker": "workers", "workers": "workers", "record": "records", "records": "records",
	"row": "rows", "rows": "rows", "item": "items", "items": "items", "token": "tokens", "tokens": "tokens",
}

// rateNouns normalizes the numerator of a rate ("requests/s" is "req/s").
var rateNouns = map[string]string{
	"req": "req", "reqs": "req", "request": "req", "requests": "req",
	"op": "ops", "ops": "ops", "operation": "ops", "operations": "ops",
	"msg": "msg", "msgs": "msg", "message": "msg", "messages": "msg",
	"event": "events", "events": "events",
	"tx": "tx", "txn": "tx", "txns": "tx", "transaction": "tx", "transactions": "tx",
	"query": "queries", "queries": "queries", "write": "writes", "writes": "writes",
	"read": "reads", "reads": "reads", "user": "users", "users": "users",
	"token": "tokens", "tokens": "tokens", "record": "records", "records": "records",
}

// timeDenominators normalizes the time unit of a rate.
var timeDenominators = map[string]string{
	"s": "s", "sec": "s", "second": "s", "ms": "ms",
	"min": "min", "minute": "min", "m": "min",
	"h": "h", "hr": "h", "hour": "h",
	"d": "day", "day": "day", "week": "week", "month": "month", "mo": "month", "year": "year", "yr": "year",
}
