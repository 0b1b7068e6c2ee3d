package markdown

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// textBuffer collects plain text with whitespace collapsed to single
// spaces and no leading space.
type textBuffer struct {
	buf          []byte
	pendingSpace bool
}

// reset empties the buffer, keeping its memory.
func (t *textBuffer) reset() {
	t.buf = t.buf[:0]
	t.pendingSpace = false
}

// space records a word break.
func (t *textBuffer) space() {
	if len(t.buf) > 0 {
		t.pendingSpace = true
	}
}

// write appends s, collapsing whitespace.
func (t *textBuffer) write(s []byte) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(s[i:])
			if unicode.IsSpace(r) {
				t.space()
			} else {
				t.flushSpace()
				t.buf = append(t.buf, s[i:i+size]...)
			}
			i += size
			continue
		}
		if isASCIISpace(c) {
			t.space()
			i++
			continue
		}
		// Copy a run of visible ASCII at once.
		j := i + 1
		for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
			j++
		}
		t.flushSpace()
		t.buf = append(t.buf, s[i:j]...)
		i = j
	}
}

// asciiSpace marks the ASCII white space characters.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// isASCIISpace reports whether c is an ASCII white space character.
func isASCIISpace(c byte) bool {
	return c < utf8.RuneSelf && asciiSpace[c]
}

// appendCollapsed appends text that is already collapsed, as the text of
// a textBuffer is: not empty, without white space at either end, and with
// single spaces between words. It gives what write would, without looking
// at every character again.
func (t *textBuffer) appendCollapsed(text []byte) {
	t.flushSpace()
	t.buf = append(t.buf, text...)
}

// flushSpace writes the pending word break, if any.
func (t *textBuffer) flushSpace() {
	if t.pendingSpace {
		t.buf = append(t.buf, ' ')
		t.pendingSpace = false
	}
}

// mark returns the current end of the text, for slicing it later.
func (t *textBuffer) mark() int { return len(t.buf) }

// since returns the text written after mark m, trimmed.
func (t *textBuffer) since(m int) string {
	if m > len(t.buf) {
		return ""
	}
	return string(bytes.TrimSpace(t.buf[m:]))
}

// between returns the text written between two marks, trimmed.
func (t *textBuffer) between(from, to int) string {
	to = min(to, len(t.buf))
	if from >= to {
		return ""
	}
	return string(bytes.TrimSpace(t.buf[from:to]))
}

// truncate drops the text written after mark m.
func (t *textBuffer) truncate(m int) {
	if m < len(t.buf) {
		t.buf = t.buf[:m]
	}
	t.pendingSpace = false
}

// String returns the whole text.
func (t *textBuffer) String() string { return string(t.buf) }

// contents returns the whole text; it is only valid until the buffer
// changes.
func (t *textBuffer) contents() []byte { return t.buf }

// countWords counts the words of plain text: runs of characters holding a
// letter or digit, where each Chinese or Japanese character counts as a
// word of its own.
func countWords(text string) int {
	words := 0
	inWord := false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if isASCIIWordChar(c) {
				if !inWord {
					words++
				}
				inWord = true
			} else if c == ' ' {
				inWord = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			words++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				words++
			}
			inWord = true
		case unicode.IsSpace(r):
			inWord = false
		}
	}
	return words
}

// isASCIIWordChar reports whether c is an ASCII letter or digit.
func isASCIIWordChar(c byte) bool {
	return (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9')
}

// collapseSpace trims s and collapses its whitespace runs to one space.
func collapseSpace(s string) string {
	var t textBuffer
	t.write([]byte(s))
	return t.String()
}
