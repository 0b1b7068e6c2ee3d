package lint

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// checkText refuses content that is not UTF-8 text: a NUL byte (a binary
// file, or UTF-16) or an invalid UTF-8 sequence, naming the line.
func checkText(path string, src []byte) error {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, _ := position(src, i)
		return fmt.Errorf("%s:%d: binary file (NUL byte), not UTF-8 Markdown", path, line)
	}
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			line, column := position(src, i)
			return fmt.Errorf("%s:%d:%d: invalid UTF-8 (byte 0x%02x); save the file as UTF-8", path, line, column, src[i])
		}
		i += size
	}
	return nil
}

// position returns the 1-based line and column (in characters) of byte
// offset in src.
func position(src []byte, offset int) (line, column int) {
	before := src[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}
