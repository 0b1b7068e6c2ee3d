package markdown

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/addlint/addlint/internal/model"
)

// frontMatter is the YAML block between a "---" on line 1 and the next
// "---" or "..." line.
type frontMatter struct {
	content []byte // the YAML text between the delimiter lines
	end     int    // byte offset just past the closing delimiter line
	lines   int    // number of file lines the block takes, delimiters included
}

// findFrontMatter returns the front matter of src, or false when src does
// not start with one.
func findFrontMatter(src []byte) (frontMatter, bool) {
	first, rest, ok := bytes.Cut(src, []byte{'\n'})
	if !ok || !isDelimiter(first, false) {
		return frontMatter{}, false
	}
	offset := len(first) + 1
	lines := 1
	for len(rest) > 0 {
		line, after, found := bytes.Cut(rest, []byte{'\n'})
		lines++
		if isDelimiter(line, true) {
			end := offset + len(line)
			if found {
				end++
			}
			return frontMatter{content: src[len(first)+1 : offset], end: end, lines: lines}, true
		}
		offset += len(line) + 1
		rest = after
	}
	return frontMatter{}, false
}

// isDelimiter reports whether line is "---" (or "..." when closing allows
// it), ignoring trailing whitespace.
func isDelimiter(line []byte, closing bool) bool {
	line = bytes.TrimRight(line, " \t")
	return string(line) == "---" || (closing && string(line) == "...")
}

// blankFrontMatter returns src with every byte of the front matter except
// line feeds replaced by a space, so goldmark sees blank lines there while
// offsets stay the same. It copies src unless copied says it is private.
func blankFrontMatter(src []byte, fm frontMatter, copied bool) []byte {
	if !copied {
		src = bytes.Clone(src)
	}
	for i := 0; i < fm.end; i++ {
		if src[i] != '\n' {
			src[i] = ' '
		}
	}
	return src
}

// Limits on converting front matter, against alias bombs and deep nesting.
const (
	maxYAMLDepth  = 64
	maxYAMLValues = 100000
)

var errYAMLTooLarge = errors.New("front matter nests or expands too much")

// applyFrontMatter decodes fm into doc.FrontMatter and front matter
// metadata entries, or records doc.FrontMatterError.
func applyFrontMatter(doc *model.Document, fm frontMatter) {
	var root yaml.Node
	if err := safeYAMLUnmarshal(fm.content, &root); err != nil {
		msg, line := yamlErrorPosition(err)
		doc.FrontMatterError = &model.Diagnostic{Message: "front matter is not valid YAML: " + msg, Line: line + 1}
		return
	}
	node := &root
	if node.Kind == yaml.DocumentNode && len(node.Content) > 0 {
		node = node.Content[0]
	}
	if node.Kind == 0 || node.Kind == yaml.DocumentNode || (node.Kind == yaml.ScalarNode && node.ShortTag() == "!!null") {
		doc.FrontMatter = map[string]any{}
		return
	}
	conv := yamlConverter{}
	value, err := conv.value(node, 0)
	if err != nil {
		doc.FrontMatterError = &model.Diagnostic{Message: err.Error(), Line: 1}
		return
	}
	object, ok := value.(map[string]any)
	if !ok {
		doc.FrontMatterError = &model.Diagnostic{Message: "front matter is not a YAML mapping", Line: node.Line + 1, Column: node.Column}
		return
	}
	doc.FrontMatter = object
	addFrontMatterMetadata(doc, node, object)
}

// addFrontMatterMetadata adds one metadata entry per top-level key.
func addFrontMatterMetadata(doc *model.Document, mapping *yaml.Node, object map[string]any) {
	for i := 0; i+1 < len(mapping.Content); i += 2 {
		key, val := mapping.Content[i], mapping.Content[i+1]
		if key.Kind != yaml.ScalarNode || key.Value == "<<" {
			continue
		}
		name := metadataKey(key.Value)
		if name == "" {
			continue
		}
		if _, seen := doc.Metadata[name]; seen {
			continue
		}
		doc.Metadata[name] = model.MetadataEntry{
			Key:    key.Value,
			Value:  metadataValue(val, object[key.Value]),
			Line:   key.Line + 1,
			Column: key.Column,
			Source: "front_matter",
		}
	}
}

// metadataValue is a scalar's text as written, or compact JSON otherwise.
func metadataValue(node *yaml.Node, converted any) string {
	for node.Kind == yaml.AliasNode && node.Alias != nil {
		node = node.Alias
	}
	if node.Kind == yaml.ScalarNode {
		if node.ShortTag() == "!!null" {
			return ""
		}
		return node.Value
	}
	text, err := json.Marshal(converted)
	if err != nil {
		return ""
	}
	return string(text)
}

// yamlConverter turns YAML nodes into JSON-compatible Go values.
type yamlConverter struct {
	values int
}

func (c *yamlConverter) value(n *yaml.Node, depth int) (any, error) {
	c.values++
	if depth > maxYAMLDepth || c.values > maxYAMLValues {
		return nil, errYAMLTooLarge
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return c.value(n.Content[0], depth+1)
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil, nil
		}
		return c.value(n.Alias, depth+1)
	case yaml.SequenceNode:
		list := make([]any, 0, len(n.Content))
		for _, item := range n.Content {
			v, err := c.value(item, depth+1)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		return list, nil
	case yaml.MappingNode:
		return c.mapping(n, depth)
	case yaml.ScalarNode:
		return scalarValue(n), nil
	}
	return nil, nil
}

func (c *yamlConverter) mapping(n *yaml.Node, depth int) (map[string]any, error) {
	object := make(map[string]any, len(n.Content)/2)
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if key.Kind != yaml.ScalarNode {
			continue
		}
		if key.Value == "<<" && key.ShortTag() == "!!merge" {
			merges = append(merges, val)
			continue
		}
		v, err := c.value(val, depth+1)
		if err != nil {
			return nil, err
		}
		object[key.Value] = v
	}
	for _, m := range merges {
		v, err := c.value(m, depth+1)
		if err != nil {
			return nil, err
		}
		mergeInto(object, v)
	}
	return object, nil
}

// mergeInto adds the keys of a YAML merge ("<<") value that object lacks.
func mergeInto(object map[string]any, merged any) {
	switch m := merged.(type) {
	case map[string]any:
		for k, v := range m {
			if _, ok := object[k]; !ok {
				object[k] = v
			}
		}
	case []any:
		for _, item := range m {
			mergeInto(object, item)
		}
	}
}

// scalarValue converts a scalar by its resolved tag; timestamps and other
// types without a JSON form stay strings as written.
func scalarValue(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var b bool
		if n.Decode(&b) == nil {
			return b
		}
	case "!!int":
		var i int
		if n.Decode(&i) == nil {
			return i
		}
		if f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64); err == nil {
			return f
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return f
		}
	}
	return n.Value
}
