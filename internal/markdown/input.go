package markdown

import (
	"bytes"
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
	// Msg says what is wrong, without the path.
	Msg string
}

// Error returns the path followed by the message, e.g.
// "docs/a.md: binary file (NUL byte at line 3)".
func (e *InputError) Error() string {
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
		return &InputError{Path: path, Line: line, Msg: "binary file (NUL byte at line " + strconv.Itoa(line) + ")"}
	}
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			line := rawLineAt(src, i)
			return &InputError{Path: path, Line: line, Msg: "invalid UTF-8 at line " + strconv.Itoa(line)}
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
