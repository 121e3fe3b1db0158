using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Locals of other classes the method only uses: a seeded <c>Random</c>, a <c>StringBuilder</c> for a log, a
/// <c>List&lt;int&gt;</c> of indices. Each is made in the method (<c>new T(…)</c>), so every companion call makes its
/// own and sees the numbers the method sees; values read out of it are constants, which is right as long as
/// nothing that depends on a differentiable input went in. Which values did is known once the body is parsed
/// (see MethodParser): an object given one and read outside code that only watches is an error at the line
/// that gave it. A log that only watching code reads may take any value.
/// </summary>
internal sealed partial class BodyParser
{
    private readonly List<(string Object, Expr Value, SyntaxNode Syntax)> _objectInputs = new();
    private readonly Dictionary<string, SyntaxNode> _objectsRead = new();

    /// <summary>Each value given to an object local (an argument of its constructor or of a call that takes it), with where.</summary>
    public IReadOnlyList<(string Object, Expr Value, SyntaxNode Syntax)> ObjectInputs => _objectInputs;

    /// <summary>Object locals read outside code that only watches, with the first such read.</summary>
    public IReadOnlyDictionary<string, SyntaxNode> ObjectsRead => _objectsRead;

    /// <summary>A class a local may hold and the method only use: not a string, an array, a delegate or an interface (an iterator's IEnumerable is AG0003).</summary>
    private static bool IsObjectType(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Class && type.SpecialType != SpecialType.System_String;

    private static bool IsObjectLocal(IOperation? operation) => operation is ILocalReferenceOperation { Local.Type: var type } && IsObjectType(type);

    /// <summary><c>var rng = new Random(42);</c>: the only value an object local takes, so no other name can bring values in unseen.</summary>
    private void AssignObject(string target, IOperation value, IOperation at, bool isDeclaration, List<Stmt> output)
    {
        if (Unconverted(value) is not IObjectCreationOperation { Initializer: null, Constructor: IMethodSymbol constructor } creation)
        {
            Unsupported(at, $"'{OneLine(at.Syntax.ToString())}'",
                "an object local can be set only to a new object, new T(…), without an initializer: another name for an object could bring in values unseen");
            return;
        }
        if (constructor.ContainingType.ToDisplayString() == "System.Random" && constructor.Parameters.Length == 0)
        {
            Unsupported(creation, "'new Random()'", "an unseeded Random gives each companion other numbers than the method had; seed it, new Random(42)");
            return;
        }
        Expr[] args = Arguments(creation.Arguments);
        NoteObjectInputs(new Var(target, IrType.ObjectType(FullName(constructor.ContainingType))), args, creation.Syntax);
        output.Add(new Assign(target, NewObject(constructor, args, IrType.ObjectType(FullName(constructor.ContainingType))), isDeclaration));
    }

    private static Opaque NewObject(IMethodSymbol constructor, Expr[] args, IrType type) =>
        new("new " + FullName(constructor.ContainingType) + Holes(0, args.Length), args.ToEquatableArray(), type);

    /// <summary><c>rng.NextDouble()</c>, <c>indices.Contains(i)</c> in the computation: a constant, as the object holds only constants.</summary>
    private Expr ObjectCall(IInvocationOperation call)
    {
        if (TypeMapper.MapValue(call.TargetMethod.ReturnType) is null)
        {
            return Unsupported(call, $"the call '{OneLine(call.Syntax.ToString())}'", $"its result type '{call.TargetMethod.ReturnType.ToDisplayString()}' is not supported");
        }
        return WatchedCall(call);
    }

    /// <summary><c>list.Count</c>, <c>indices[k]</c>: read out of an object local.</summary>
    private Expr ObjectMember(IPropertyReferenceOperation property)
    {
        if (TypeMapper.MapValue(property.Type) is not IrType type)
        {
            return Unsupported(property, $"reading '{property.Syntax}'", $"its type '{property.Property.Type.ToDisplayString()}' is not supported");
        }
        var args = new List<Expr> { ParseExpression(property.Instance!) };
        args.AddRange(Arguments(property.Arguments));
        string template = property.Arguments.Length == 0 ? "{0}." + property.Property.Name : "{0}" + Holes(1, property.Arguments.Length).Replace('(', '[').Replace(')', ']');
        NoteObjectInputs(args, property.Syntax);
        return new Opaque(template, args.ToEquatableArray(), type);
    }

    /// <summary>A read of an object local: outside code that only watches, what comes out of it reaches the computation.</summary>
    private void NoteObjectRead(Var local, IOperation at)
    {
        if (local.Type.IsObject && !_watching && !_objectsRead.ContainsKey(local.Name))
        {
            _objectsRead.Add(local.Name, at.Syntax);
        }
    }

    /// <summary>The other arguments of a call (or constructor) that is given object locals: each of those objects may keep them.</summary>
    private void NoteObjectInputs(IReadOnlyList<Expr> args, SyntaxNode syntax)
    {
        foreach (Var held in args.OfType<Var>().Where(a => a.Type.IsObject))
        {
            NoteObjectInputs(held, args.Where(a => !Equals(a, held)), syntax);
        }
    }

    private void NoteObjectInputs(Var held, IEnumerable<Expr> values, SyntaxNode syntax) =>
        _objectInputs.AddRange(values.Select(v => (held.Name, v, syntax)));
}
