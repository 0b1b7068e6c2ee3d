package policy

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// testFiles says which *_test.rego files a load keeps.
type testFiles int

const (
	// noTests leaves every *_test.rego file out (the production engine).
	noTests testFiles = iota
	// fixturesOnly keeps *_test.rego files that define no test, such as
	// the bundle's shared test fixtures.
	fixturesOnly
	// allTests keeps every *_test.rego file.
	allTests
)

// moduleSet is the parsed Rego of one load, keyed by file name.
type moduleSet struct {
	modules map[string]*ast.Module
	builtin map[string]bool
}

func newModuleSet() *moduleSet {
	return &moduleSet{modules: map[string]*ast.Module{}, builtin: map[string]bool{}}
}

// onlyBuiltin reports whether every module of the set comes from the
// built-in bundle.
func (s *moduleSet) onlyBuiltin() bool {
	for _, builtin := range s.builtin {
		if !builtin {
			return false
		}
	}
	return true
}

// add adds one parsed file. A user file met twice (a directory given twice,
// or inside another one given) is kept once.
func (s *moduleSet) add(name string, module *ast.Module, builtin bool) error {
	if _, taken := s.modules[name]; taken {
		if builtin || s.builtin[name] {
			return fmt.Errorf("policy file %s is loaded twice, as a built-in and as a user policy", name)
		}
		return nil
	}
	s.modules[name] = module
	s.builtin[name] = builtin
	return nil
}

// parseModule parses one Rego v1 file with its METADATA annotations.
func parseModule(name string, src []byte) (*ast.Module, error) {
	module, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{
		ProcessAnnotation: true,
		RegoVersion:       ast.RegoV1,
	})
	if err != nil {
		return nil, fmt.Errorf("parsing policy: %w", err)
	}
	if module == nil {
		return nil, fmt.Errorf("parsing policy: %s: the file holds no package", name)
	}
	return module, nil
}

func isTestFile(name string) bool {
	return strings.HasSuffix(name, "_test.rego")
}

// definesTests reports whether a module holds a rule named test_* or todo_test_*.
func definesTests(module *ast.Module) bool {
	for _, rule := range module.Rules {
		name := rule.Head.Name.String()
		if name == "" && len(rule.Head.Reference) > 0 {
			name = rule.Head.Reference[0].Value.String()
		}
		if strings.HasPrefix(name, "test_") || strings.HasPrefix(name, "todo_test_") {
			return true
		}
	}
	return false
}

// keep reports whether a parsed file belongs to the load: every policy file,
// and the *_test.rego files that tests selects.
func keep(tests testFiles, name string, module *ast.Module) bool {
	if !isTestFile(name) {
		return true
	}
	switch tests {
	case allTests:
		return true
	case fixturesOnly:
		return !definesTests(module)
	default:
		return false
	}
}

// addBundleModules adds the .rego files of bundle; their names are their
// paths inside the bundle. The files are parsed concurrently.
func (s *moduleSet) addBundleModules(bundle fs.FS, tests testFiles) error {
	if bundle == nil {
		return nil
	}
	files, err := bundleFiles(bundle, tests)
	if err != nil {
		return fmt.Errorf("loading the built-in policies: %w", err)
	}
	modules, err := parseConcurrently(files)
	if err != nil {
		return fmt.Errorf("loading the built-in policies: %w", err)
	}
	for i, file := range files {
		if !keep(tests, file.name, modules[i]) {
			continue
		}
		if err := s.add(file.name, modules[i], true); err != nil {
			return fmt.Errorf("loading the built-in policies: %w", err)
		}
	}
	return nil
}

// sourceFile is one Rego file to parse.
type sourceFile struct {
	name string
	src  []byte
}

// bundleFiles reads the .rego files of bundle, in lexical order, leaving out
// the *_test.rego files when tests is noTests.
func bundleFiles(bundle fs.FS, tests testFiles) ([]sourceFile, error) {
	var files []sourceFile
	err := fs.WalkDir(bundle, ".", func(name string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entry.IsDir() || path.Ext(name) != ".rego" || (tests == noTests && isTestFile(name)) {
			return nil
		}
		src, err := fs.ReadFile(bundle, name)
		if err != nil {
			return err
		}
		files = append(files, sourceFile{name: name, src: src})
		return nil
	})
	return files, err
}

// parseConcurrently parses files on every available core and returns the
// modules in the order of files, or the error of the first file (in that
// order) that does not parse.
func parseConcurrently(files []sourceFile) ([]*ast.Module, error) {
	modules := make([]*ast.Module, len(files))
	errs := make([]error, len(files))
	workers := min(runtime.GOMAXPROCS(0), len(files))
	var wg sync.WaitGroup
	for worker := range workers {
		wg.Go(func() {
			for i := worker; i < len(files); i += workers {
				modules[i], errs[i] = parseModule(files[i].name, files[i].src)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return modules, nil
}

// addUserModules adds the .rego files found in paths (directories are
// walked; hidden directories, node_modules and vendor are skipped).
func (s *moduleSet) addUserModules(paths []string, tests testFiles) error {
	for _, root := range paths {
		files, err := regoFiles(root, tests != noTests)
		if err != nil {
			return err
		}
		for _, file := range files {
			src, err := readUserFile(file)
			if err != nil {
				return fmt.Errorf("reading policy: %w", err)
			}
			name := filepath.ToSlash(filepath.Clean(file))
			module, err := parseModule(name, src)
			if err != nil {
				return err
			}
			if !keep(tests, name, module) {
				continue
			}
			if err := s.add(name, module, false); err != nil {
				return err
			}
		}
	}
	return nil
}

// regoFiles lists the .rego files under root (or root itself when it is a
// file), in lexical order.
func regoFiles(root string, withTests bool) ([]string, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("reading policies: %w", err)
	}
	if !info.IsDir() {
		if filepath.Ext(root) != ".rego" {
			return nil, fmt.Errorf("reading policies: %s is not a .rego file", root)
		}
		return []string{root}, nil
	}
	var files []string
	err = filepath.WalkDir(root, func(name string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entry.IsDir() {
			if name != root && skippedDir(entry.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if filepath.Ext(name) == ".rego" && (withTests || !isTestFile(name)) {
			files = append(files, name)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading policies: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("reading policies: %s holds no .rego file", root)
	}
	return files, nil
}

func skippedDir(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor"
}
