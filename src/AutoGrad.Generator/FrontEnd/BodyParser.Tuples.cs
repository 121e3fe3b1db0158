using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Tuples of numbers, lowered to one local per element: deconstruction (<c>var (s, c) = Math.SinCos(a)</c>,
/// <c>(a, b) = (x * y, x + y)</c>), tuple assignment and swaps (<c>(prev, cur) = (cur, prev + cur)</c>), and tuple
/// locals read and written by element (<c>t.Item1</c>, <c>t.Sum</c>). No tuple reaches the IR, so the transforms
/// differentiate plain assignments. C# takes every value on the right, and every index on the left, before it
/// writes any target: one that reads a target written before it is taken into a local first.
/// </summary>
internal sealed partial class BodyParser
{
    // A tuple local's element locals, in element order.
    private readonly Dictionary<ILocalSymbol, Local[]> _tupleLocals = new(SymbolEqualityComparer.Default);

    /// <summary>One place a deconstruction writes: a variable, an element (with <see cref="Position"/>), or a discard (no name).</summary>
    private sealed record TupleTarget(string? Name, IrType Type, bool IsDeclaration, Expr? Position = null, IOperation? Element = null);

    private static bool IsTuple(ITypeSymbol? type) => type is INamedTypeSymbol { IsTupleType: true };

    /// <summary><c>(a, b) = …</c> or <c>var (a, b) = …</c> of numbers.</summary>
    private void ParseDeconstruction(IDeconstructionAssignmentOperation deconstruction, List<Stmt> output)
    {
        if (Targets(deconstruction.Target, isDeclaration: false) is List<TupleTarget> targets && TupleValues(deconstruction.Value, output) is List<Expr> values)
        {
            AssignTuple(targets, values, deconstruction, output);
        }
    }

    /// <summary><c>var t = (x, y);</c>, <c>(double Sin, double Cos) t = Math.SinCos(a);</c>: the element locals, then their values.</summary>
    private void ParseTupleDeclaration(ILocalSymbol symbol, IOperation at, IOperation? value, List<Stmt> output)
    {
        if (DeclareTuple(symbol, at) is Local[] elements && value is not null && TupleValues(value, output) is List<Expr> values)
        {
            AssignTuple(elements.Select(e => new TupleTarget(e.Name, e.Type, IsDeclaration: true)).ToList(), values, at, output);
        }
    }

    /// <summary><c>t = (y, x);</c> to a tuple local.</summary>
    private void ParseTupleAssignment(ILocalSymbol symbol, ISimpleAssignmentOperation assignment, List<Stmt> output)
    {
        if (DeclareTuple(symbol, assignment) is Local[] elements && TupleValues(assignment.Value, output) is List<Expr> values)
        {
            AssignTuple(elements.Select(e => new TupleTarget(e.Name, e.Type, IsDeclaration: false)).ToList(), values, assignment, output);
        }
    }

    private Local[]? DeclareTuple(ILocalSymbol symbol, IOperation at)
    {
        if (_tupleLocals.TryGetValue(symbol, out Local[]? known))
        {
            return known;
        }
        var tuple = (INamedTypeSymbol)symbol.Type;
        var elements = new List<Local>();
        foreach (IFieldSymbol element in tuple.TupleElements)
        {
            if (TypeMapper.Map(element.Type) is not IrType type || type.IsArray || symbol.IsRef)
            {
                Unsupported(at, $"the tuple local '{symbol.Name}'", $"a tuple local may hold only numbers or bools, and '{element.Name}' is a {element.Type.ToDisplayString()}; use a local per element");
                return null;
            }
            string name = char.ToUpperInvariant(element.Name[0]) + element.Name.Substring(1);
            elements.Add(new Local(_names.Fresh(symbol.Name + name), type));
        }
        _localOrder.AddRange(elements);
        Local[] locals = elements.ToArray();
        _tupleLocals.Add(symbol, locals);
        return locals;
    }

    /// <summary>The element local <paramref name="field"/> names, <c>t.Item1</c> or <c>t.Cos</c> of a tuple local; null for any other field.</summary>
    private Local? TupleElement(IFieldReferenceOperation field) =>
        field.Instance is ILocalReferenceOperation { Local: var symbol } && IsTuple(symbol.Type) && ElementIndex(field) is int k
        && _tupleLocals.TryGetValue(symbol, out Local[]? elements)
            ? elements[k]
            : null;

    /// <summary>Which element of its tuple <paramref name="field"/> is.</summary>
    private static int? ElementIndex(IFieldReferenceOperation field)
    {
        if (field.Instance?.Type is not INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return null;
        }
        IFieldSymbol item = field.Field.CorrespondingTupleField ?? field.Field;
        for (int k = 0; k < tuple.TupleElements.Length; k++)
        {
            if (SymbolEqualityComparer.Default.Equals(tuple.TupleElements[k].CorrespondingTupleField ?? tuple.TupleElements[k], item))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary><c>(x, 1.0).Item1</c>, <c>Math.SinCos(a).Cos</c>: the element of a tuple value that is not a local.</summary>
    private Expr? ElementOfTupleValue(IFieldReferenceOperation field)
    {
        if (field.Instance is null or ILocalReferenceOperation || ElementIndex(field) is not int k)
        {
            return null;
        }
        return _before is List<Stmt> before && TupleValues(field.Instance, before) is List<Expr> values
            ? values[k]
            : Unsupported(field, $"'{OneLine(field.Syntax.ToString())}'", "an element of a tuple cannot be read in a loop's header or a for clause; take it into a local before");
    }

    /// <summary>The places <paramref name="target"/> writes, flattened, its indices parsed (C# evaluates them first); null after a diagnostic.</summary>
    private List<TupleTarget>? Targets(IOperation target, bool isDeclaration)
    {
        switch (target)
        {
            case IDeclarationExpressionOperation declaration:
                return Targets(declaration.Expression, isDeclaration: true);
            case ITupleOperation tuple:
                var all = new List<TupleTarget>();
                foreach (IOperation element in tuple.Elements)
                {
                    if (Targets(element, isDeclaration) is not List<TupleTarget> inner)
                    {
                        return null;
                    }
                    all.AddRange(inner);
                }
                return all;
            case IDiscardOperation discard:
                return new List<TupleTarget> { new(null, TypeMapper.Map(discard.Type) ?? IrType.Double, false) };
            case ILocalReferenceOperation { Local: var symbol } when IsTuple(symbol.Type):
                return DeclareTuple(symbol, target)?.Select(e => new TupleTarget(e.Name, e.Type, isDeclaration || ((ILocalReferenceOperation)target).IsDeclaration)).ToList();
            case IArrayElementReferenceOperation element:
                return ElementTarget(element);
        }
        if (target.Type is IArrayTypeSymbol)
        {
            Unsupported(target, $"'{OneLine(target.Syntax.ToString())}'", "a tuple of arrays can only swap two local arrays, (a, b) = (b, a)");
            return null;
        }
        if (TargetName(target) is string name && TypeMapper.Map(target.Type) is IrType type)
        {
            return new List<TupleTarget> { new(name, type, isDeclaration || target is ILocalReferenceOperation { IsDeclaration: true }) };
        }
        UnsupportedWrite(target, target);
        return null;
    }

    private List<TupleTarget>? ElementTarget(IArrayElementReferenceOperation element)
    {
        if (WritesInputArray(element, element))
        {
            return null;
        }
        if (TargetName(element.ArrayReference) is not string array || TypeMapper.Map(element.Type) is not IrType type || type.IsArray)
        {
            Unsupported(element, $"writing to '{OneLine(element.Syntax.ToString())}'", "only elements of numbers in local arrays can be assigned");
            return null;
        }
        if (_sharedArrays.Contains(array))
        {
            Unsupported(element, $"'{OneLine(element.Syntax.ToString())}'", $"'{array}' may be an array a field, another method or an argument holds too; write into a copy, (double[])….Clone()");
            return null;
        }
        return new List<TupleTarget> { new(array, type, false, ElementPosition(new Var(array, TypeMapper.Map(element.ArrayReference.Type)!), element.Indices), element) };
    }

    /// <summary>
    /// The values a tuple-valued <paramref name="value"/> holds, flattened: a tuple literal, <c>Math.SinCos</c>, a tuple
    /// local. Null after a diagnostic. Statements a value needs first (the angle of <c>SinCos</c>) go to <paramref name="output"/>.
    /// </summary>
    private List<Expr>? TupleValues(IOperation value, List<Stmt> output)
    {
        value = Unconverted(value);
        if (value is IConversionOperation { Conversion.IsIdentity: true } identity)
        {
            value = identity.Operand;
        }
        switch (value)
        {
            case ITupleOperation tuple:
                var all = new List<Expr>();
                foreach (IOperation element in tuple.Elements)
                {
                    if (IsTuple(element.Type) && TupleValues(element, output) is List<Expr> inner)
                    {
                        all.AddRange(inner);
                    }
                    else if (IsTuple(element.Type))
                    {
                        return null;
                    }
                    else
                    {
                        all.Add(ParseExpression(element));
                    }
                }
                return all;
            case ILocalReferenceOperation { Local: var symbol } when IsTuple(symbol.Type) && _tupleLocals.TryGetValue(symbol, out Local[]? elements):
                return elements.Select(e => (Expr)new Var(e.Name, e.Type)).ToList();
            case IInvocationOperation { TargetMethod: var method, Arguments.Length: 1 } call when SinCosParts(method) is (string sin, string cos):
                Expr angle = ParseExpression(call.Arguments[0].Value);
                if (!IrWalk.IsRepeatable(angle) || angle is not (Var or Literal))
                {
                    Var taken = Fresh("angle", IrType.Double);
                    // On the path that reaches it (c ? Math.SinCos(x[p++]).Cos : 0); in a for clause, before the deconstruction.
                    var assign = new Assign(taken.Name, angle);
                    if (!Hoist(assign))
                    {
                        output.Add(assign);
                    }
                    angle = taken;
                }
                return new List<Expr> { new Primitive(sin, EquatableArray.Of(angle)), new Primitive(cos, EquatableArray.Of(angle)) };
            case IInvocationOperation { TargetMethod: var method } call when MethodParser.IsDifferentiable(method):
                Unsupported(call, $"the call '{OneLine(call.Syntax.ToString())}'",
                    $"'{method.Name}' returns a tuple, and [Differentiable] methods returning tuples are not supported yet; return a double[] of the results, or write a method per result");
                return null;
        }
        Unsupported(value, $"'{OneLine(value.Syntax.ToString())}'", "a tuple's values can come from a tuple literal (a, b), Math.SinCos or a tuple local");
        return null;
    }

    /// <summary>The primitives of <c>Math.SinCos</c>, <c>double.SinCos</c> and <c>double.SinCosPi</c>.</summary>
    private static (string Sin, string Cos)? SinCosParts(IMethodSymbol method)
    {
        bool math = method.ContainingType.SpecialType == SpecialType.System_Double
            || method.ContainingType is { Name: "Math", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
        return !math || method.Parameters.Length != 1 || method.Parameters[0].Type.SpecialType != SpecialType.System_Double ? null : method.Name switch
        {
            "SinCos" => ("Sin", "Cos"),
            "SinCosPi" => ("SinPi", "CosPi"),
            _ => null,
        };
    }

    /// <summary>
    /// Each target gets its value, in order. A value or index that reads something an earlier target writes is taken
    /// into a local before the first write, as C# took it: <c>(prev, cur) = (cur, prev + cur)</c> sets <c>curNew = prev + cur</c> first.
    /// </summary>
    private void AssignTuple(List<TupleTarget> targets, List<Expr> values, IOperation at, List<Stmt> output)
    {
        if (targets.Count != values.Count)
        {
            Unsupported(at, $"'{OneLine(at.Syntax.ToString())}'", "this deconstruction is not supported");
            return;
        }
        var written = new HashSet<string>();
        var positions = new Expr?[targets.Count];
        var taken = new Expr[targets.Count];
        for (int i = 0; i < targets.Count; i++)
        {
            TupleTarget target = targets[i];
            positions[i] = target.Position is Expr position ? TakenIfStale(position, written, target.Name + "Position", output) : null;
            if (target.Name is string name)
            {
                taken[i] = TakenIfStale(Converted(values[i], target.Type), written, name + "New", output);
                written.Add(name);
            }
        }
        for (int i = 0; i < targets.Count; i++)
        {
            TupleTarget target = targets[i];
            if (target.Name is not string name)
            {
                continue;
            }
            if (target.Element is IOperation element)
            {
                NoteConstantArrayWrite(element, taken[i], at.Syntax);
                output.Add(new Assign(name, taken[i], Position: positions[i]));
            }
            else
            {
                output.Add(NoteShared(new Assign(name, taken[i], target.IsDeclaration)));
            }
        }
    }

    /// <summary><paramref name="value"/>, or a local holding it if it reads one of <paramref name="written"/>.</summary>
    private Expr TakenIfStale(Expr value, HashSet<string> written, string hint, List<Stmt> output)
    {
        if (!IrWalk.VariablesRead(value).Any(written.Contains))
        {
            return value;
        }
        var local = new Local(_names.Fresh(hint), value.Type);
        _localOrder.Add(local);
        output.Add(new Assign(local.Name, value, IsDeclaration: true));
        return new Var(local.Name, value.Type);
    }

    /// <summary><paramref name="value"/> in <paramref name="type"/>, as C# converts a tuple's element (an int into a double).</summary>
    private static Expr Converted(Expr value, IrType type) =>
        value.Type == type || !type.IsDouble && type.Kind != ValueKind.Long ? value : new Cast(value, type, IsImplicit: true);
}
