package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"go.yaml.in/yaml/v3"
)

// isDataFile reports whether name is a YAML or JSON data document.
func isDataFile(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// loadData builds the data document: the bundle's data files, each placed at
// its directory's path (addlint/profile/data.yaml becomes
// data.addlint.profile), then the user's data files merged over it.
func loadData(bundle fs.FS, dataFiles []string) (map[string]any, error) {
	data := map[string]any{}
	if bundle != nil {
		err := fs.WalkDir(bundle, ".", func(name string, entry fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if entry.IsDir() {
				if name == "schemas" {
					return fs.SkipDir
				}
				return nil
			}
			if !isDataFile(name) {
				return nil
			}
			src, err := fs.ReadFile(bundle, name)
			if err != nil {
				return err
			}
			value, err := decodeData(name, src)
			if err != nil {
				return err
			}
			return mergeAt(data, dataPath(name), value, name)
		})
		if err != nil {
			return nil, fmt.Errorf("loading the built-in data: %w", err)
		}
	}
	for _, file := range dataFiles {
		src, err := readUserFile(file)
		if err != nil {
			return nil, fmt.Errorf("reading data: %w", err)
		}
		value, err := decodeData(file, src)
		if err != nil {
			return nil, fmt.Errorf("loading data: %w", err)
		}
		if _, ok := value.(map[string]any); !ok {
			return nil, fmt.Errorf("loading data: %s: a data document must be an object (a mapping of keys), not %s", file, kindOf(value))
		}
		if err := mergeAt(data, nil, value, file); err != nil {
			return nil, fmt.Errorf("loading data: %w", err)
		}
	}
	return data, nil
}

// newStore puts data into an in-memory store that hands out AST values, so
// that evaluations never convert the data again.
func newStore(data map[string]any) (storage.Store, error) {
	value, err := ast.InterfaceToValue(data)
	if err != nil {
		return nil, fmt.Errorf("loading data: %w", err)
	}
	object, ok := value.(ast.Object)
	if !ok {
		return nil, errors.New("loading data: the data document is not an object")
	}
	return inmem.NewFromASTObject(object), nil
}

// dataPath is the data path of a bundle data file: its directory's segments.
func dataPath(name string) []string {
	dir := path.Dir(name)
	if dir == "." || dir == "/" {
		return nil
	}
	return strings.Split(dir, "/")
}

// decodeData decodes one YAML or JSON document into plain Go values (maps
// with string keys, slices, strings, numbers, booleans and nil).
func decodeData(name string, src []byte) (any, error) {
	if strings.EqualFold(filepath.Ext(name), ".json") {
		decoder := json.NewDecoder(bytes.NewReader(src))
		decoder.UseNumber()
		var value any
		if err := decoder.Decode(&value); err != nil {
			return nil, fmt.Errorf("%s: invalid JSON: %w", name, err)
		}
		if _, err := decoder.Token(); !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: invalid JSON: more than one value", name)
		}
		return value, nil
	}
	var value any
	if err := yaml.Unmarshal(src, &value); err != nil {
		return nil, fmt.Errorf("%s: invalid YAML: %w", name, err)
	}
	if value == nil {
		return map[string]any{}, nil
	}
	return plainValue(value), nil
}

// plainValue turns YAML's map[any]any (non-string keys) into map[string]any
// all the way down.
func plainValue(value any) any {
	switch v := value.(type) {
	case map[string]any:
		for key, item := range v {
			v[key] = plainValue(item)
		}
		return v
	case map[any]any:
		out := make(map[string]any, len(v))
		for key, item := range v {
			out[fmt.Sprint(key)] = plainValue(item)
		}
		return out
	case []any:
		for i, item := range v {
			v[i] = plainValue(item)
		}
		return v
	}
	return value
}

// mergeAt merges value into data at the given path: objects merge key by
// key, any other value replaces what was there.
func mergeAt(data map[string]any, at []string, value any, source string) error {
	if len(at) == 0 {
		object, ok := value.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: a data document must be an object, not %s", source, kindOf(value))
		}
		deepMerge(data, object)
		return nil
	}
	parent := data
	for i, key := range at[:len(at)-1] {
		next, exists := parent[key]
		if !exists {
			next = map[string]any{}
			parent[key] = next
		}
		child, ok := next.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: cannot place data at %s: %s already holds %s", source, strings.Join(at, "."), strings.Join(at[:i+1], "."), kindOf(next))
		}
		parent = child
	}
	deepMerge(parent, map[string]any{at[len(at)-1]: value})
	return nil
}

// deepMerge merges src into dst: where both hold objects it recurses,
// elsewhere src's value wins.
func deepMerge(dst, src map[string]any) {
	for key, value := range src {
		srcObject, srcIsObject := value.(map[string]any)
		dstObject, dstIsObject := dst[key].(map[string]any)
		if srcIsObject && dstIsObject {
			deepMerge(dstObject, srcObject)
			continue
		}
		dst[key] = value
	}
}

func kindOf(value any) string {
	switch value.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case string:
		return "a string"
	case nil:
		return "null"
	case bool:
		return "a boolean"
	}
	return "a number"
}
