package markdown

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/addlint/addlint/internal/model"
)

// checkEmbedded parses the content of a yaml/yml/json code block and
// returns its syntax error, or nil. contentLine is the file line of the
// content's first line. YAML within the subset isSimpleYAML recognizes is
// valid without asking the YAML library.
func checkEmbedded(lang, content string, contentLine int) *model.BlockError {
	var msg string
	var line int
	var raw []byte
	switch lang {
	case "yaml", "yml":
		if isSimpleYAML(content) {
			return nil
		}
		raw = []byte(content)
		err := checkYAMLStream(raw)
		if err == nil {
			return nil
		}
		msg, line = yamlErrorPosition(err)
	case "json":
		raw = []byte(content)
		if json.Valid(raw) {
			return nil
		}
		msg, line = jsonErrorPosition(raw)
	default:
		return nil
	}
	lines := bytes.Count(raw, []byte{'\n'})
	if len(raw) > 0 && raw[len(raw)-1] != '\n' {
		lines++
	}
	line = min(max(line, 1), max(lines, 1))
	return &model.BlockError{Message: msg, Line: line, FileLine: contentLine + line - 1}
}

// checkYAMLStream decodes every document of a YAML stream.
func checkYAMLStream(content []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(content))
	for {
		var node yaml.Node
		err := dec.Decode(&node)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// safeYAMLUnmarshal is yaml.Unmarshal that turns a panic of the YAML
// library into an error.
func safeYAMLUnmarshal(content []byte, node *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return yaml.Unmarshal(content, node)
}

// yamlParserProblems are the messages of YAML parser (not scanner)
// errors. For those the YAML library reports the 0-based line where the
// enclosing construct starts, so one is added to get a 1-based line.
var yamlParserProblems = map[string]bool{
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found duplicate %TAG directive":         true,
	"found undefined tag handle":             true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
}

// yamlErrorPosition splits a YAML error into its message and 1-based line
// ("yaml: line 3: did not find expected key"); the line is 1 when the
// error names none.
func yamlErrorPosition(err error) (msg string, line int) {
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
	line = 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		number, tail, found := strings.Cut(rest, ":")
		if n, convErr := strconv.Atoi(number); found && convErr == nil && n > 0 {
			line = n
			msg = strings.TrimSpace(tail)
			if yamlParserProblems[msg] {
				line++
			}
		}
	}
	return msg, line
}

// jsonErrorPosition decodes invalid JSON again to find the error's line.
func jsonErrorPosition(content []byte) (msg string, line int) {
	var v any
	err := json.Unmarshal(content, &v)
	if err == nil {
		return "invalid JSON", 1
	}
	msg = err.Error()
	offset := len(content)
	var syntaxErr *json.SyntaxError
	if errors.As(err, &syntaxErr) {
		offset = int(syntaxErr.Offset)
	}
	// Offset is just past the offending byte.
	offset = min(max(offset-1, 0), len(content))
	line = 1 + bytes.Count(content[:offset], []byte{'\n'})
	return msg, line
}
