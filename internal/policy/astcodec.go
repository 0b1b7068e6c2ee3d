package policy

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The AST codec writes compiled Rego modules in a compact binary form and
// reads them back, so that the built-in bundle can be compiled ahead of time
// (see precompiled.go): reading it back takes a few milliseconds where
// parsing and compiling the Rego takes tens.
//
// It covers what a compiled module holds: the package, the rules (heads,
// bodies, else chains), every expression form (terms, calls, some, every,
// with) and every value, with locations (file, row, column; not the source
// text). Comments, imports (removed by the compiler) and annotations (the
// rule catalog is stored beside the modules instead) are left out. Anything
// else is an error when writing, and a malformed input is an error when
// reading, never a panic.

// Value tags of the codec.
const (
	tagNull byte = iota
	tagBoolean
	tagNumber
	tagString
	tagVar
	tagRef
	tagArray
	tagObject
	tagSet
	tagArrayComprehension
	tagSetComprehension
	tagObjectComprehension
	tagCall
	tagNot
)

// Expression term forms of the codec.
const (
	exprTerm byte = iota
	exprCall
	exprSome
	exprEvery
)

// maxCount bounds every length read back, so a damaged input cannot make
// the reader allocate without limit.
const maxCount = 1 << 24

// astWriter appends modules to a buffer, with one table of the strings they
// use.
type astWriter struct {
	buf       []byte
	strings   map[string]int
	table     []string
	locations map[location]int
	locTable  []location
}

// encodeModules writes modules (sorted by name) and returns the bytes.
func encodeModules(modules map[string]*ast.Module) ([]byte, error) {
	names := make([]string, 0, len(modules))
	for name := range modules {
		names = append(names, name)
	}
	sort.Strings(names)
	body := &astWriter{strings: map[string]int{}, locations: map[location]int{}}
	body.uint(len(names))
	for _, name := range names {
		body.str(name)
		if err := body.module(modules[name]); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	// The string table, then the location table (which indexes the string
	// table), then the modules that index both.
	w := &astWriter{strings: body.strings}
	w.uint(len(body.table))
	for _, s := range body.table {
		w.uint(len(s))
		w.buf = append(w.buf, s...)
	}
	w.uint(len(body.locTable))
	for _, loc := range body.locTable {
		w.uint(w.strings[loc.file])
		w.uint(loc.row)
		w.uint(loc.col)
	}
	return append(w.buf, body.buf...), nil
}

func (w *astWriter) uint(n int) {
	w.buf = binary.AppendUvarint(w.buf, uint64(n)) //nolint:gosec // n is a length, an index or a position: never negative
}

func (w *astWriter) byte(b byte) { w.buf = append(w.buf, b) }

func (w *astWriter) bool(b bool) {
	if b {
		w.byte(1)
	} else {
		w.byte(0)
	}
}

// str writes s as its index in the string table.
func (w *astWriter) str(s string) { w.uint(w.intern(s)) }

// intern returns the index of s in the string table, adding it if needed.
func (w *astWriter) intern(s string) int {
	index, ok := w.strings[s]
	if !ok {
		index = len(w.table)
		w.strings[s] = index
		w.table = append(w.table, s)
	}
	return index
}

// location writes 0 for no location, else 1 + the location's index in the
// location table.
func (w *astWriter) location(loc *ast.Location) {
	if loc == nil {
		w.uint(0)
		return
	}
	key := location{file: loc.File, row: loc.Row, col: loc.Col}
	index, ok := w.locations[key]
	if !ok {
		w.intern(loc.File)
		index = len(w.locTable)
		w.locations[key] = index
		w.locTable = append(w.locTable, key)
	}
	w.uint(index + 1)
}

func (w *astWriter) module(module *ast.Module) error {
	if len(module.Imports) > 0 {
		return errors.New("the module still has imports: only compiled modules can be written")
	}
	if err := w.terms(module.Package.Path); err != nil {
		return err
	}
	w.location(module.Package.Location)
	span := module.RegoVersionSpan()
	w.byte(byte(span.Min()))
	w.byte(byte(span.Max()))
	w.uint(len(module.Rules))
	for _, rule := range module.Rules {
		if err := w.rule(rule); err != nil {
			return err
		}
	}
	return nil
}

func (w *astWriter) rule(rule *ast.Rule) error {
	w.bool(rule.Default)
	w.location(rule.Location)
	head := rule.Head
	w.str(string(head.Name))
	if err := w.terms(head.Reference); err != nil {
		return err
	}
	if err := w.terms(head.Args); err != nil {
		return err
	}
	if err := w.optionalTerm(head.Key); err != nil {
		return err
	}
	if err := w.optionalTerm(head.Value); err != nil {
		return err
	}
	w.bool(head.Assign)
	w.location(head.Location)
	if err := w.body(rule.Body); err != nil {
		return err
	}
	if rule.Else == nil {
		w.byte(0)
		return nil
	}
	w.byte(1)
	return w.rule(rule.Else)
}

func (w *astWriter) body(body ast.Body) error {
	w.uint(len(body))
	for _, expr := range body {
		if err := w.expr(expr); err != nil {
			return err
		}
	}
	return nil
}

func (w *astWriter) expr(expr *ast.Expr) error {
	w.uint(expr.Index)
	w.bool(expr.Generated)
	w.bool(expr.Negated)
	w.location(expr.Location)
	w.uint(len(expr.With))
	for _, with := range expr.With {
		if err := w.term(with.Target); err != nil {
			return err
		}
		if err := w.term(with.Value); err != nil {
			return err
		}
		w.location(with.Location)
	}
	switch terms := expr.Terms.(type) {
	case *ast.Term:
		w.byte(exprTerm)
		return w.term(terms)
	case []*ast.Term:
		w.byte(exprCall)
		return w.terms(terms)
	case *ast.SomeDecl:
		w.byte(exprSome)
		w.location(terms.Location)
		return w.terms(terms.Symbols)
	case *ast.Every:
		w.byte(exprEvery)
		w.location(terms.Location)
		for _, term := range []*ast.Term{terms.Key, terms.Value, terms.Domain} {
			if err := w.optionalTerm(term); err != nil {
				return err
			}
		}
		return w.body(terms.Body)
	default:
		return fmt.Errorf("expression form %T cannot be written", expr.Terms)
	}
}

func (w *astWriter) terms(terms []*ast.Term) error {
	w.uint(len(terms))
	for _, term := range terms {
		if err := w.term(term); err != nil {
			return err
		}
	}
	return nil
}

func (w *astWriter) optionalTerm(term *ast.Term) error {
	if term == nil {
		w.byte(0)
		return nil
	}
	w.byte(1)
	return w.term(term)
}

func (w *astWriter) term(term *ast.Term) error {
	if term == nil {
		return errors.New("nil term")
	}
	w.location(term.Location)
	return w.value(term.Value)
}

func (w *astWriter) value(value ast.Value) error {
	switch v := value.(type) {
	case ast.Null:
		w.byte(tagNull)
	case ast.Boolean:
		w.byte(tagBoolean)
		w.bool(bool(v))
	case ast.Number:
		w.byte(tagNumber)
		w.str(string(v))
	case ast.String:
		w.byte(tagString)
		w.str(string(v))
	case ast.Var:
		w.byte(tagVar)
		w.str(string(v))
	case ast.Ref:
		w.byte(tagRef)
		return w.terms(v)
	case *ast.Array:
		w.byte(tagArray)
		w.uint(v.Len())
		for i := range v.Len() {
			if err := w.term(v.Elem(i)); err != nil {
				return err
			}
		}
	case ast.Object:
		w.byte(tagObject)
		w.uint(v.Len())
		return v.Iter(func(key, val *ast.Term) error {
			if err := w.term(key); err != nil {
				return err
			}
			return w.term(val)
		})
	case ast.Set:
		w.byte(tagSet)
		w.uint(v.Len())
		return v.Iter(w.term)
	case *ast.ArrayComprehension:
		w.byte(tagArrayComprehension)
		if err := w.term(v.Term); err != nil {
			return err
		}
		return w.body(v.Body)
	case *ast.SetComprehension:
		w.byte(tagSetComprehension)
		if err := w.term(v.Term); err != nil {
			return err
		}
		return w.body(v.Body)
	case *ast.ObjectComprehension:
		w.byte(tagObjectComprehension)
		if err := w.term(v.Key); err != nil {
			return err
		}
		if err := w.term(v.Value); err != nil {
			return err
		}
		return w.body(v.Body)
	case ast.Call:
		w.byte(tagCall)
		return w.terms(v)
	case *ast.Not:
		w.byte(tagNot)
		w.bool(v.ExplicitBody)
		w.location(v.Location)
		return w.body(v.Body)
	default:
		return fmt.Errorf("value %T cannot be written", value)
	}
	return nil
}

// astReader reads what astWriter wrote. It allocates terms, expressions and
// locations in blocks and boxes each distinct string, variable and number
// once: a compiled bundle holds tens of thousands of them.
type astReader struct {
	buf       []byte
	table     []string
	locations []ast.Location
	strings   []ast.Value
	vars      []ast.Value
	termBlock []ast.Term
	exprBlock []ast.Expr
	listBlock []*ast.Term
}

// blockSize is how many terms or expressions the reader allocates at once.
const blockSize = 1024

// location is the key under which equal locations are shared.
type location struct {
	file     string
	row, col int
}

// decodeModules reads the modules encodeModules wrote.
func decodeModules(data []byte) (modules map[string]*ast.Module, err error) {
	r := &astReader{buf: data}
	if err := r.stringTable(); err != nil {
		return nil, err
	}
	if err := r.locationTable(); err != nil {
		return nil, err
	}
	count, err := r.count()
	if err != nil {
		return nil, err
	}
	modules = make(map[string]*ast.Module, count)
	for range count {
		name, err := r.str()
		if err != nil {
			return nil, err
		}
		module, err := r.module()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		modules[name] = module
	}
	if len(r.buf) != 0 {
		return nil, errors.New("trailing bytes after the last module")
	}
	return modules, nil
}

var errTruncated = errors.New("truncated input")

// stringTable reads the string table into one string that every entry
// slices.
func (r *astReader) stringTable() error {
	n, err := r.count()
	if err != nil {
		return err
	}
	sizes := make([]int, n)
	var blob []byte
	for i := range sizes {
		if sizes[i], err = r.count(); err != nil {
			return err
		}
		if sizes[i] > len(r.buf) {
			return errTruncated
		}
		blob = append(blob, r.buf[:sizes[i]]...)
		r.buf = r.buf[sizes[i]:]
	}
	all := string(blob)
	r.table = make([]string, n)
	for i, size := range sizes {
		r.table[i], all = all[:size], all[size:]
	}
	r.strings = make([]ast.Value, n)
	r.vars = make([]ast.Value, n)
	return nil
}

// locationTable reads the location table.
func (r *astReader) locationTable() error {
	n, err := r.count()
	if err != nil {
		return err
	}
	r.locations = make([]ast.Location, n)
	for i := range r.locations {
		loc := &r.locations[i]
		if loc.File, err = r.str(); err != nil {
			return err
		}
		if loc.Row, err = r.int(); err != nil {
			return err
		}
		if loc.Col, err = r.int(); err != nil {
			return err
		}
	}
	return nil
}

func (r *astReader) count() (int, error) {
	n, size := binary.Uvarint(r.buf)
	if size <= 0 {
		return 0, errTruncated
	}
	if n > maxCount {
		return 0, fmt.Errorf("count %d out of range", n)
	}
	r.buf = r.buf[size:]
	return int(n), nil
}

func (r *astReader) int() (int, error) {
	n, size := binary.Uvarint(r.buf)
	if size <= 0 || n > math.MaxInt32 {
		return 0, errTruncated
	}
	r.buf = r.buf[size:]
	return int(n), nil
}

func (r *astReader) byte() (byte, error) {
	if len(r.buf) == 0 {
		return 0, errTruncated
	}
	b := r.buf[0]
	r.buf = r.buf[1:]
	return b, nil
}

func (r *astReader) bool() (bool, error) {
	b, err := r.byte()
	return b == 1, err
}

func (r *astReader) stringIndex() (int, error) {
	index, err := r.count()
	if err != nil {
		return 0, err
	}
	if index >= len(r.table) {
		return 0, fmt.Errorf("string %d out of range", index)
	}
	return index, nil
}

func (r *astReader) str() (string, error) {
	index, err := r.stringIndex()
	if err != nil {
		return "", err
	}
	return r.table[index], nil
}

// stringValue reads a string value, boxed once per distinct string.
func (r *astReader) stringValue() (ast.Value, error) {
	index, err := r.stringIndex()
	if err != nil {
		return nil, err
	}
	if r.strings[index] == nil {
		r.strings[index] = ast.String(r.table[index])
	}
	return r.strings[index], nil
}

// varValue reads a variable, boxed once per distinct name.
func (r *astReader) varValue() (ast.Value, error) {
	index, err := r.stringIndex()
	if err != nil {
		return nil, err
	}
	if r.vars[index] == nil {
		r.vars[index] = ast.Var(r.table[index])
	}
	return r.vars[index], nil
}

// location reads a location. Equal locations share one value, which
// nothing modifies.
func (r *astReader) location() (*ast.Location, error) {
	index, err := r.count()
	if err != nil || index == 0 {
		return nil, err
	}
	if index > len(r.locations) {
		return nil, fmt.Errorf("location %d out of range", index)
	}
	return &r.locations[index-1], nil
}

// newTerm returns a zero term from the current block.
func (r *astReader) newTerm() *ast.Term {
	if len(r.termBlock) == 0 {
		r.termBlock = make([]ast.Term, blockSize)
	}
	term := &r.termBlock[0]
	r.termBlock = r.termBlock[1:]
	return term
}

// newTermList returns a list of n terms from the current block, with no
// room to grow: appending to it copies it.
func (r *astReader) newTermList(n int) []*ast.Term {
	if n > blockSize {
		return make([]*ast.Term, n)
	}
	if len(r.listBlock) < n {
		r.listBlock = make([]*ast.Term, blockSize)
	}
	list := r.listBlock[:n:n]
	r.listBlock = r.listBlock[n:]
	return list
}

// newExpr returns a zero expression from the current block.
func (r *astReader) newExpr() *ast.Expr {
	if len(r.exprBlock) == 0 {
		r.exprBlock = make([]ast.Expr, blockSize)
	}
	expr := &r.exprBlock[0]
	r.exprBlock = r.exprBlock[1:]
	return expr
}

func (r *astReader) module() (*ast.Module, error) {
	path, err := r.terms()
	if err != nil {
		return nil, err
	}
	module := &ast.Module{Package: &ast.Package{Path: path}}
	if module.Package.Location, err = r.location(); err != nil {
		return nil, err
	}
	low, err := r.byte()
	if err != nil {
		return nil, err
	}
	high, err := r.byte()
	if err != nil {
		return nil, err
	}
	span, err := ast.NewRegoVersionSpan(ast.RegoVersion(low), ast.RegoVersion(high))
	if err != nil {
		return nil, err
	}
	module.SetRegoVersionSpan(span)
	count, err := r.count()
	if err != nil {
		return nil, err
	}
	module.Rules = make([]*ast.Rule, count)
	for i := range module.Rules {
		if module.Rules[i], err = r.rule(module); err != nil {
			return nil, err
		}
	}
	return module, nil
}

func (r *astReader) rule(module *ast.Module) (*ast.Rule, error) {
	rule := &ast.Rule{Module: module, Head: &ast.Head{}}
	var err error
	if rule.Default, err = r.bool(); err != nil {
		return nil, err
	}
	if rule.Location, err = r.location(); err != nil {
		return nil, err
	}
	head := rule.Head
	name, err := r.str()
	if err != nil {
		return nil, err
	}
	head.Name = ast.Var(name)
	if head.Reference, err = r.terms(); err != nil {
		return nil, err
	}
	if head.Args, err = r.terms(); err != nil {
		return nil, err
	}
	if head.Key, err = r.optionalTerm(); err != nil {
		return nil, err
	}
	if head.Value, err = r.optionalTerm(); err != nil {
		return nil, err
	}
	if head.Assign, err = r.bool(); err != nil {
		return nil, err
	}
	if head.Location, err = r.location(); err != nil {
		return nil, err
	}
	if rule.Body, err = r.body(); err != nil {
		return nil, err
	}
	hasElse, err := r.bool()
	if err != nil || !hasElse {
		return rule, err
	}
	rule.Else, err = r.rule(module)
	return rule, err
}

func (r *astReader) body() (ast.Body, error) {
	count, err := r.count()
	if err != nil {
		return nil, err
	}
	body := make(ast.Body, count)
	for i := range body {
		if body[i], err = r.expr(); err != nil {
			return nil, err
		}
	}
	return body, nil
}

func (r *astReader) expr() (*ast.Expr, error) {
	expr := r.newExpr()
	var err error
	if expr.Index, err = r.int(); err != nil {
		return nil, err
	}
	if expr.Generated, err = r.bool(); err != nil {
		return nil, err
	}
	if expr.Negated, err = r.bool(); err != nil {
		return nil, err
	}
	if expr.Location, err = r.location(); err != nil {
		return nil, err
	}
	withs, err := r.count()
	if err != nil {
		return nil, err
	}
	for range withs {
		with := &ast.With{}
		if with.Target, err = r.term(); err != nil {
			return nil, err
		}
		if with.Value, err = r.term(); err != nil {
			return nil, err
		}
		if with.Location, err = r.location(); err != nil {
			return nil, err
		}
		expr.With = append(expr.With, with)
	}
	form, err := r.byte()
	if err != nil {
		return nil, err
	}
	switch form {
	case exprTerm:
		expr.Terms, err = r.term()
	case exprCall:
		expr.Terms, err = r.terms()
	case exprSome:
		decl := &ast.SomeDecl{}
		if decl.Location, err = r.location(); err != nil {
			return nil, err
		}
		decl.Symbols, err = r.terms()
		expr.Terms = decl
	case exprEvery:
		every := &ast.Every{}
		if every.Location, err = r.location(); err != nil {
			return nil, err
		}
		for _, slot := range []**ast.Term{&every.Key, &every.Value, &every.Domain} {
			if *slot, err = r.optionalTerm(); err != nil {
				return nil, err
			}
		}
		every.Body, err = r.body()
		expr.Terms = every
	default:
		return nil, fmt.Errorf("unknown expression form %d", form)
	}
	return expr, err
}

func (r *astReader) terms() ([]*ast.Term, error) {
	count, err := r.count()
	if err != nil || count == 0 {
		return nil, err
	}
	terms := r.newTermList(count)
	for i := range terms {
		if terms[i], err = r.term(); err != nil {
			return nil, err
		}
	}
	return terms, nil
}

func (r *astReader) optionalTerm() (*ast.Term, error) {
	present, err := r.bool()
	if err != nil || !present {
		return nil, err
	}
	return r.term()
}

func (r *astReader) term() (*ast.Term, error) {
	loc, err := r.location()
	if err != nil {
		return nil, err
	}
	value, err := r.value()
	if err != nil {
		return nil, err
	}
	term := r.newTerm()
	term.Value, term.Location = value, loc
	return term, nil
}

func (r *astReader) value() (ast.Value, error) {
	tag, err := r.byte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNull:
		return ast.NullValue, nil
	case tagBoolean:
		b, err := r.bool()
		return ast.Boolean(b), err
	case tagNumber:
		s, err := r.str()
		return ast.Number(s), err
	case tagString:
		return r.stringValue()
	case tagVar:
		return r.varValue()
	case tagRef:
		terms, err := r.terms()
		return ast.Ref(terms), err
	case tagArray:
		terms, err := r.terms()
		return ast.NewArray(terms...), err
	case tagObject:
		return r.object()
	case tagSet:
		terms, err := r.terms()
		return ast.NewSet(terms...), err
	case tagArrayComprehension, tagSetComprehension:
		term, err := r.term()
		if err != nil {
			return nil, err
		}
		body, err := r.body()
		if tag == tagArrayComprehension {
			return &ast.ArrayComprehension{Term: term, Body: body}, err
		}
		return &ast.SetComprehension{Term: term, Body: body}, err
	case tagObjectComprehension:
		key, err := r.term()
		if err != nil {
			return nil, err
		}
		value, err := r.term()
		if err != nil {
			return nil, err
		}
		body, err := r.body()
		return &ast.ObjectComprehension{Key: key, Value: value, Body: body}, err
	case tagCall:
		terms, err := r.terms()
		return ast.Call(terms), err
	case tagNot:
		not := &ast.Not{}
		if not.ExplicitBody, err = r.bool(); err != nil {
			return nil, err
		}
		if not.Location, err = r.location(); err != nil {
			return nil, err
		}
		not.Body, err = r.body()
		return not, err
	default:
		return nil, fmt.Errorf("unknown value tag %d", tag)
	}
}

func (r *astReader) object() (ast.Value, error) {
	count, err := r.count()
	if err != nil {
		return nil, err
	}
	pairs := make([][2]*ast.Term, count)
	for i := range pairs {
		if pairs[i][0], err = r.term(); err != nil {
			return nil, err
		}
		if pairs[i][1], err = r.term(); err != nil {
			return nil, err
		}
	}
	return ast.NewObject(pairs...), nil
}
