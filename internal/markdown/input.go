package markdown

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// InputError is a file that Parse refuses: binary content, invalid UTF-8,
// text in UTF-16 or UTF-32, or more inline markup than goldmark can parse in
// reasonable time (see maxInlineWork).
type InputError struct {
	// Path is the file as given to Parse.
	Path string
	// Line is the 1-based line of the problem, or 0 when it concerns the
	// whole file.
	Line int
	// Column is the 1-based column (in characters) of the problem, or 0.
	Column int
	// Msg says what is wrong, without the path.
	Msg string
}

// Error returns the position followed by the message, in the form editors
// and CI annotations understand, e.g.
// "docs/a.md:3: binary file (NUL byte), not UTF-8 Markdown".
func (e *InputError) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return e.Path + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ": " + e.Msg
	case e.Line > 0:
		return e.Path + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.Path + ": " + e.Msg
}

// checkEncoding refuses input that is not UTF-8 text.
func checkEncoding(path string, src []byte) error {
	switch {
	case bytes.HasPrefix(src, []byte{0x00, 0x00, 0xFE, 0xFF}), bytes.HasPrefix(src, []byte{0xFF, 0xFE, 0x00, 0x00}):
		return &InputError{Path: path, Line: 1, Msg: "UTF-32 is not supported; save the file as UTF-8"}
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}), bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		return &InputError{Path: path, Line: 1, Msg: "UTF-16 is not supported; save the file as UTF-8"}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line := rawLineAt(src, i)
		return &InputError{Path: path, Line: line, Msg: "binary file (NUL byte), not UTF-8 Markdown"}
	}
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			line, column := rawPositionAt(src, i)
			return &InputError{Path: path, Line: line, Column: column, Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02x); save the file as UTF-8", src[i])}
		}
		i += size
	}
	return nil
}

// rawLineAt returns the 1-based line of byte offset off, counting "\n",
// "\r\n" and a lone "\r" as line endings.
func rawLineAt(src []byte, off int) int {
	line := 1
	for i := 0; i < off && i < len(src); i++ {
		switch src[i] {
		case '\n':
			line++
		case '\r':
			if i+1 >= len(src) || src[i+1] != '\n' {
				line++
			}
		}
	}
	return line
}

// rawPositionAt returns the 1-based line and column (in characters, an
// invalid byte counting as one) of byte offset off.
func rawPositionAt(src []byte, off int) (line, column int) {
	line = rawLineAt(src, off)
	start := bytes.LastIndexAny(src[:off], "\r\n") + 1
	column = 1
	for rest := src[start:off]; len(rest) > 0; column++ {
		_, size := utf8.DecodeRune(rest)
		rest = rest[size:]
	}
	return line, column
}

// normalize strips a UTF-8 byte order mark and turns "\r\n" and lone "\r"
// line endings into "\n". Lines and columns of the result equal those of
// the input. It copies src only when it has to change it, and reports
// whether the result is a private copy.
func normalize(src []byte) (out []byte, copied bool) {
	src = bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	if bytes.IndexByte(src, '\r') < 0 {
		return src, false
	}
	out = make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '\r' {
			out = append(out, c)
			continue
		}
		out = append(out, '\n')
		if i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
	}
	return out, true
}
