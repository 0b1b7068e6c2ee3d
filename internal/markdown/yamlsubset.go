package markdown

import (
	"strings"
	"unicode/utf8"
)

// maxSimpleYAMLDepth bounds the nesting isSimpleYAML follows; deeper
// content is left to the YAML library.
const maxSimpleYAMLDepth = 64

// maxSimpleYAMLKey bounds the length of a mapping key in bytes (the YAML
// library refuses a key of more than 1024 characters).
const maxSimpleYAMLKey = 512

// isSimpleYAML reports whether content is certainly a valid YAML stream
// because it keeps to a simple subset of YAML: one document made of block
// mappings and block sequences, indented with spaces, whose scalars are
// one-line plain or quoted scalars, flow sequences of plain words, "{}",
// or literal and folded block scalars; no comments, tabs, anchors, aliases,
// tags, directives or document markers. Decoding YAML with the YAML
// library costs some four hundred allocations per kilobyte; this check
// allocates nothing. false means "not known": the content may still be
// valid, and the YAML library must decide.
func isSimpleYAML(content string) bool {
	if !simpleYAMLText(content) {
		return false
	}
	c := yamlCursor{src: content}
	indent, text, _, ok := c.peek()
	if !ok {
		return true // only blank lines: an empty stream
	}
	if !c.collection(indent, text) {
		return false
	}
	_, _, _, more := c.peek()
	return !more
}

// simpleYAMLText reports whether content holds only characters the subset
// allows: printable characters other than tabs and YAML's extra line
// breaks, no comment (a "#" at the start of a line or after a space) and no
// line starting with a document marker or a directive.
func simpleYAMLText(content string) bool {
	lineStart := true
	for i := 0; i < len(content); {
		c := content[i]
		if lineStart && (strings.HasPrefix(content[i:], "---") || strings.HasPrefix(content[i:], "...") || c == '%') {
			return false
		}
		lineStart = c == '\n'
		switch {
		case c == '\n':
			i++
		case c == '#':
			if i == 0 || content[i-1] == ' ' || content[i-1] == '\n' {
				return false
			}
			i++
		case c >= 0x20 && c < 0x7F:
			i++
		case c < utf8.RuneSelf:
			return false // tabs and control characters
		default:
			r, size := utf8.DecodeRuneInString(content[i:])
			if !isSimpleYAMLRune(r, size) {
				return false
			}
			i += size
		}
	}
	return true
}

// isSimpleYAMLRune reports whether a non-ASCII character (decoded with the
// given size) is printable in YAML and no line break or byte order mark.
func isSimpleYAMLRune(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size <= 1:
		return false
	case r < 0xA0, r == 0x2028, r == 0x2029, r == 0xFEFF:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return true
}

// yamlCursor reads the lines of a YAML text checked by simpleYAMLText.
type yamlCursor struct {
	src   string
	pos   int // offset of the next line not read yet
	depth int // collections open
}

// peek returns the next line that is not blank: its indentation, its text
// after the indentation (without trailing spaces) and the offset after it.
// ok is false at the end of the text.
func (c *yamlCursor) peek() (indent int, text string, next int, ok bool) {
	for pos := c.pos; pos < len(c.src); pos = next {
		line := c.src[pos:]
		next = len(c.src)
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], pos+i+1
		}
		text = strings.TrimLeft(line, " ")
		if len(text) > 0 {
			return len(line) - len(text), strings.TrimRight(text, " "), next, true
		}
	}
	return 0, "", len(c.src), false
}

// collection checks the block mapping or sequence whose first line (not
// read yet) has the given indentation and text.
func (c *yamlCursor) collection(indent int, text string) bool {
	if isSequenceEntry(text) {
		return c.sequence(indent)
	}
	return c.mapping(indent)
}

// mapping checks the entries of a block mapping at column col, up to the
// first line indented less.
func (c *yamlCursor) mapping(col int) bool {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxSimpleYAMLDepth {
		return false
	}
	for {
		indent, text, next, ok := c.peek()
		if !ok || indent < col {
			return true
		}
		if indent > col || isSequenceEntry(text) {
			return false
		}
		c.pos = next
		if !c.entry(col, text) {
			return false
		}
	}
}

// sequence checks the entries of a block sequence at column col, up to the
// first line indented less or, at the same indentation, not an entry (the
// caller decides whether such a line may follow).
func (c *yamlCursor) sequence(col int) bool {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxSimpleYAMLDepth {
		return false
	}
	for {
		indent, text, next, ok := c.peek()
		if !ok || indent < col || (indent == col && !isSequenceEntry(text)) {
			return true
		}
		if indent > col {
			return false
		}
		c.pos = next
		if !c.item(col, text) {
			return false
		}
	}
}

// entry checks the mapping entry "key: value" or "key:" (already read) of
// the mapping at column col, and the lines of its value.
func (c *yamlCursor) entry(col int, text string) bool {
	value, ok := afterKey(text)
	if !ok {
		return false
	}
	value = strings.TrimLeft(value, " ")
	switch {
	case len(value) == 0:
		return c.nestedValue(col)
	case value[0] == '|' || value[0] == '>':
		return c.blockScalar(col, value)
	}
	return isSimpleScalar(value)
}

// item checks the sequence entry "- value" (already read) of the sequence
// at column col, and the lines of its value.
func (c *yamlCursor) item(col int, text string) bool {
	value := strings.TrimLeft(text[1:], " ")
	inner := col + len(text) - len(value) // column of the value
	switch {
	case len(value) == 0 || isSequenceEntry(value):
		return false // "-" alone, or "- - x"
	case value[0] == '|' || value[0] == '>':
		return c.blockScalar(col, value)
	}
	if _, isEntry := afterKey(value); isEntry {
		// "- key: value" opens a mapping at the value's column.
		c.depth++
		defer func() { c.depth-- }()
		return c.entry(inner, value) && c.mapping(inner)
	}
	return isSimpleScalar(value)
}

// nestedValue checks the value of "key:" of the mapping at column col: a
// collection on the following lines indented more, a sequence indented the
// same, or nothing (null).
func (c *yamlCursor) nestedValue(col int) bool {
	indent, text, _, ok := c.peek()
	switch {
	case !ok || indent < col:
		return true
	case indent == col:
		if isSequenceEntry(text) {
			return c.sequence(col)
		}
		return true
	}
	return c.collection(indent, text)
}

// blockScalar checks a literal or folded block scalar whose header
// ("|", "|-", "|+", ">", ">-", ">+") ends the line just read, in the
// collection at column col: its content is the following lines indented
// more than col, all at least as much as the first of them that is not
// blank.
func (c *yamlCursor) blockScalar(col int, header string) bool {
	if len(header) > 2 || (len(header) == 2 && header[1] != '-' && header[1] != '+') {
		return false
	}
	contentIndent := -1 // unknown until the first line that is not blank
	maxBlank := 0       // the longest blank line before it
	for c.pos < len(c.src) {
		line := c.src[c.pos:]
		next := len(c.src)
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], c.pos+i+1
		}
		text := strings.TrimLeft(line, " ")
		indent := len(line) - len(text)
		switch {
		case len(text) == 0:
			if contentIndent < 0 {
				maxBlank = max(maxBlank, indent)
			}
		case contentIndent < 0 && indent > col:
			contentIndent = indent
		case contentIndent < 0 || indent < contentIndent:
			// The scalar ended; the caller checks this line.
			return maxBlank <= max(contentIndent, 0)
		}
		c.pos = next
	}
	return maxBlank <= max(contentIndent, 0)
}

// isSequenceEntry reports whether a line's text starts a sequence entry:
// "-" followed by a space or nothing.
func isSequenceEntry(text string) bool {
	return len(text) > 0 && text[0] == '-' && (len(text) == 1 || text[1] == ' ')
}

// afterKey splits a mapping entry's text after its key and ":": the key is
// a plain scalar, or a quoted one directly followed by the colon, and the
// colon is followed by a space or ends the text. ok is false when text is
// no such entry.
func afterKey(text string) (rest string, ok bool) {
	end := 0
	switch {
	case len(text) == 0:
		return "", false
	case text[0] == '"' || text[0] == '\'':
		end = quotedEnd(text)
		if end < 0 || end >= len(text) || text[end] != ':' {
			return "", false
		}
	case !isPlainStart(text):
		return "", false
	default:
		end = strings.Index(text, ": ")
		if end < 0 {
			if text[len(text)-1] != ':' {
				return "", false
			}
			end = len(text) - 1
		}
	}
	if end > maxSimpleYAMLKey {
		return "", false
	}
	rest = text[end+1:]
	if len(rest) > 0 && rest[0] != ' ' {
		return "", false
	}
	return rest, true
}

// isSimpleScalar reports whether a value's text (trimmed, not empty) is a
// valid one-line scalar of the subset: a quoted scalar, a flow sequence of
// plain words, "{}", or a plain scalar that holds no ": " and does not end
// with ":".
func isSimpleScalar(text string) bool {
	switch text[0] {
	case '"', '\'':
		return quotedEnd(text) == len(text)
	case '[':
		return isSimpleFlowSequence(text)
	case '{':
		return text == "{}"
	}
	return isPlainStart(text) && !strings.Contains(text, ": ") && text[len(text)-1] != ':'
}

// isPlainStart reports whether text may start a plain scalar: its first
// character is no YAML indicator, except a "-" followed by a character
// other than a space ("-1").
func isPlainStart(text string) bool {
	switch text[0] {
	case '-':
		return len(text) > 1 && text[1] != ' '
	case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ':
		return false
	}
	return true
}

// quotedEnd returns the offset just past the single- or double-quoted
// scalar that starts text, or -1 when it does not end on this line or uses
// an escape other than \\ \" \b \f \n \r \t and \0.
func quotedEnd(text string) int {
	quote := text[0]
	for i := 1; i < len(text); i++ {
		switch {
		case text[i] == quote && quote == '\'' && i+1 < len(text) && text[i+1] == '\'':
			i++ // '' is an escaped quote
		case text[i] == quote:
			return i + 1
		case text[i] == '\\' && quote == '"':
			if i+1 >= len(text) || strings.IndexByte(`\"bfnrt0`, text[i+1]) < 0 {
				return -1
			}
			i++
		}
	}
	return -1
}

// isSimpleFlowSequence reports whether text is "[]" or a flow sequence of
// plain words such as "[id, name]": letters, digits and "_", "." "/" or
// "-" after the first character, separated by commas.
func isSimpleFlowSequence(text string) bool {
	inner, ok := strings.CutPrefix(text, "[")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "]")
	if !ok {
		return false
	}
	if len(strings.TrimLeft(inner, " ")) == 0 {
		return true
	}
	for item := range strings.SplitSeq(inner, ",") {
		if !isFlowWord(strings.Trim(item, " ")) {
			return false
		}
	}
	return true
}

// isFlowWord reports whether item is a plain word allowed in a simple flow
// sequence.
func isFlowWord(item string) bool {
	if len(item) == 0 {
		return false
	}
	for i, c := range item {
		alnum := (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9') || c == '_'
		if !alnum && (i == 0 || (c != '.' && c != '/' && c != '-')) {
			return false
		}
	}
	return true
}
