package policy

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/version"

	"github.com/addlint/addlint/internal/model"
)

// A precompiled bundle is the built-in bundle compiled ahead of time, so
// that a run without user policies starts in milliseconds: parsing and
// compiling ~100 KB of Rego costs tens of milliseconds, which a pre-commit
// hook pays on every commit. Precompile writes it (policies/precompiled.bin,
// kept current by TestPrecompiledBundleIsCurrent); New uses it when it was
// built from exactly the bundle's files by the same OPA version and no user
// policy is loaded, and compiles the bundle from source otherwise, so a
// stale or damaged file only costs time.
//
// It holds the compiled modules (astcodec.go), the rule catalog, the
// bundle's data and the prepared profile index. New still runs the compiler
// stages that build what evaluation needs (the rule tree and the rule and
// comprehension indices) on the compiled modules.

// precompiledMagic starts every precompiled bundle; its last digit is the
// format version. The SHA-256 of the rest follows in hex, then a newline,
// then the length of the JSON part, the JSON part and the modules.
const precompiledMagic = "addlint precompiled bundle 2\n"

// checksumSize is the length of the hex SHA-256 after the magic.
const checksumSize = sha256.Size * 2

// precompiledMeta is the JSON part of a precompiled bundle.
type precompiledMeta struct {
	// OPAVersion is the OPA version that compiled the modules.
	OPAVersion string `json:"opa_version"`
	// SourceHash is bundleHash of the bundle the modules were compiled from.
	SourceHash string `json:"source_hash"`
	// Rules and Locations are the rule catalog.
	Rules     []model.RuleInfo  `json:"rules"`
	Locations map[string]string `json:"locations"`
	// Data is the bundle's data document.
	Data json.RawMessage `json:"data"`
	// ProfileIndex is the prepared profile index for that data, or null.
	ProfileIndex json.RawMessage `json:"profile_index"`
}

// precompiled is a precompiled bundle read back.
type precompiled struct {
	modules      map[string]*ast.Module
	catalog      ruleCatalog
	data         map[string]any
	profileIndex any
}

// stagesAfterPrecompile are the compiler stages that New runs on
// precompiled modules: those that build what evaluation reads. Every other
// stage rewrites or checks the source and ran when the bundle was
// precompiled, the sandbox's check among them (the bundle is ours, and
// TestBundlePassesEveryCompilerCheck runs every check on it).
var stagesAfterPrecompile = map[ast.StageID]bool{
	ast.StageSetModuleTree:             true,
	ast.StageSetRuleTree:               true,
	ast.StageBuildRuleIndices:          true,
	ast.StageBuildComprehensionIndices: true,
	ast.StageBuildRequiredCapabilities: true,
}

// Precompile compiles the bundle's policies and data the way New does and
// returns them as a precompiled bundle.
func Precompile(ctx context.Context, bundle fs.FS) ([]byte, error) {
	set := newModuleSet()
	if err := set.addBundleModules(bundle, noTests); err != nil {
		return nil, err
	}
	compiler, err := compile(set.modules, true)
	if err != nil {
		return nil, err
	}
	catalog, err := readRules(compiler.Modules, set.builtin)
	if err != nil {
		return nil, fmt.Errorf("loading policies: %w", err)
	}
	data, err := loadData(bundle, nil)
	if err != nil {
		return nil, err
	}
	store, err := newStore(data)
	if err != nil {
		return nil, err
	}
	index, err := profileIndex(ctx, compiler, store)
	if err != nil {
		return nil, err
	}
	hash, err := bundleHash(bundle)
	if err != nil {
		return nil, err
	}
	meta := precompiledMeta{OPAVersion: version.Version, SourceHash: hash, Rules: catalog.rules, Locations: catalog.locations}
	if meta.Data, err = json.Marshal(data); err != nil {
		return nil, err
	}
	if meta.ProfileIndex, err = json.Marshal(index); err != nil {
		return nil, err
	}
	metaJSON, err := json.Marshal(meta)
	if err != nil {
		return nil, err
	}
	modules, err := encodeModules(compiler.Modules)
	if err != nil {
		return nil, fmt.Errorf("writing the compiled policies: %w", err)
	}
	rest := binary.AppendUvarint(nil, uint64(len(metaJSON)))
	rest = append(rest, metaJSON...)
	rest = append(rest, modules...)
	sum := sha256.Sum256(rest)
	out := []byte(precompiledMagic)
	out = hex.AppendEncode(out, sum[:])
	out = append(out, '\n')
	return append(out, rest...), nil
}

// readPrecompiled returns the precompiled bundle in src when it was built
// from bundle by this OPA version, and false otherwise (no file, another
// bundle or OPA version, a damaged file).
func readPrecompiled(src []byte, bundle fs.FS) (*precompiled, bool) {
	rest, ok := bytes.CutPrefix(src, []byte(precompiledMagic))
	if !ok || bundle == nil || len(rest) < checksumSize+1 || rest[checksumSize] != '\n' {
		return nil, false
	}
	sum := sha256.Sum256(rest[checksumSize+1:])
	if hex.EncodeToString(sum[:]) != string(rest[:checksumSize]) {
		return nil, false
	}
	rest = rest[checksumSize+1:]
	size, n := binary.Uvarint(rest)
	if n <= 0 || size > maxCount {
		return nil, false
	}
	metaEnd := n + int(size)
	if metaEnd > len(rest) {
		return nil, false
	}
	var meta precompiledMeta
	if err := json.Unmarshal(rest[n:metaEnd], &meta); err != nil || meta.OPAVersion != version.Version {
		return nil, false
	}
	if hash, err := bundleHash(bundle); err != nil || hash != meta.SourceHash {
		return nil, false
	}
	var out precompiled
	if err := decodeJSON(meta.Data, &out.data); err != nil {
		return nil, false
	}
	if err := decodeJSON(meta.ProfileIndex, &out.profileIndex); err != nil {
		return nil, false
	}
	modules, err := decodeModules(rest[metaEnd:])
	if err != nil {
		return nil, false
	}
	out.modules = modules
	out.catalog = ruleCatalog{rules: meta.Rules, locations: meta.Locations}
	if out.catalog.locations == nil {
		out.catalog.locations = map[string]string{}
	}
	return &out, true
}

// compilePrecompiled runs the remaining compiler stages on precompiled
// modules.
func compilePrecompiled(modules map[string]*ast.Module) (*ast.Compiler, error) {
	var skip []ast.StageID
	for _, stage := range ast.AllStages() {
		if !stagesAfterPrecompile[stage] {
			skip = append(skip, stage)
		}
	}
	compiler := newCompiler(false).WithSkipStages(skip...)
	compiler.Compile(modules)
	if compiler.Failed() {
		return nil, compileError(compiler.Errors)
	}
	return compiler, nil
}

// storeProfileIndex writes a prepared profile index into store.
func storeProfileIndex(ctx context.Context, store storage.Store, index any) error {
	if index == nil {
		return nil
	}
	if err := writeData(ctx, store, preparedIndexPath, index); err != nil {
		return fmt.Errorf("storing the profile index: %w", err)
	}
	return nil
}

// profileIndex evaluates the library's profile index, or returns nil when
// no module defines it or it is undefined.
func profileIndex(ctx context.Context, compiler *ast.Compiler, store storage.Store) (any, error) {
	if len(compiler.GetRules(profileIndexRule)) == 0 {
		return nil, nil
	}
	results, err := rego.New(
		rego.ParsedQuery(ast.NewBody(ast.NewExpr(ast.NewTerm(profileIndexRule)))),
		rego.Compiler(compiler),
		rego.Store(store),
		rego.StrictBuiltinErrors(true),
	).Eval(ctx)
	if err != nil {
		return nil, fmt.Errorf("evaluating the profile index: %w", err)
	}
	if len(results) == 0 || len(results[0].Expressions) == 0 {
		return nil, nil
	}
	return results[0].Expressions[0].Value, nil
}

// bundleHash is the SHA-256 of what New reads from bundle: the paths and
// contents of its policy files (tests left out) and data files.
func bundleHash(bundle fs.FS) (string, error) {
	var names []string
	err := fs.WalkDir(bundle, ".", func(name string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entry.IsDir() {
			return nil
		}
		if (path.Ext(name) == ".rego" && !isTestFile(name)) || isDataFile(name) {
			names = append(names, name)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	hash := sha256.New()
	for _, name := range names {
		src, err := fs.ReadFile(bundle, name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(hash, "%s\x00%d\x00", name, len(src))
		hash.Write(src)
	}
	return hex.EncodeToString(hash.Sum(nil)), nil
}

// decodeJSON decodes src into out, keeping numbers as json.Number so that
// they reach Rego exactly as written.
func decodeJSON(src []byte, out any) error {
	decoder := json.NewDecoder(bytes.NewReader(src))
	decoder.UseNumber()
	if err := decoder.Decode(out); err != nil {
		return err
	}
	if decoder.More() {
		return errors.New("trailing data")
	}
	return nil
}
