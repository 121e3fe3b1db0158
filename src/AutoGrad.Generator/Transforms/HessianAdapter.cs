using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Rules;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// <c>FHessian</c>: the method's own parameters in, the Hessian over all its differentiable inputs out, as one matrix
/// over the inputs packed in parameter order (a scalar is one entry, a vector its elements) — JAX's
/// <c>hessian(f, argnums)</c> flattened. One call of <c>FAdjointTangent</c> per packed input, along its unit vector: the
/// adjoints' tangents are that column. For a <c>double</c> method of <c>Order</c> ≥ 2 whose inputs are doubles and vectors.
/// </summary>
internal static class HessianAdapter
{
    private const string Packed = "global::AutoGrad.Internal.Packed";

    /// <returns>Null unless the method returns a double, has <c>FAdjointTangent</c>, and its inputs are doubles and vectors.</returns>
    public static Function? Run(Function primal, Function? forwardOverReverse)
    {
        List<Parameter> inputs = primal.Parameters.Where(p => p.IsDifferentiable).ToList();
        if (forwardOverReverse is null || !primal.ReturnType.IsDouble || inputs.Count == 0
            || inputs.Any(p => p.IsRef || !(p.Type.IsDouble || p.Type.IsFlatArray && p.Type.Rank == 1)))
        {
            return null;
        }
        // Its locals live beside the method's parameters only.
        var names = new NameTable(primal.Parameters.Select(p => p.Name).Append(primal.Name + "Hessian"));
        var locals = new List<Local>();
        Var Local(string name, IrType type)
        {
            var local = new Var(names.Fresh(name), type);
            locals.Add(new Local(local.Name, type));
            return local;
        }
        // Each input's tangent, adjoint and adjoint tangent, and where its entries start in the packed vector.
        var partners = new Dictionary<string, (Var Tangent, Var Adjoint, Var AdjointTangent, Expr Offset)>();
        var statements = new List<Stmt>();
        Expr size = Literal.OfInteger(0, IrType.Int);
        foreach (Parameter input in inputs)
        {
            var value = new Var(input.Name, input.Type);
            (Var tangent, Var adjoint, Var adjointTangent) = (Local(input.Name + "Tangent", input.Type), Local(input.Name + "Adjoint", input.Type), Local(input.Name + "AdjointTangent", input.Type));
            if (input.Type.IsArray)
            {
                statements.AddRange(new[] { tangent, adjoint, adjointTangent }.Select(v => new Assign(v.Name, ArrayOps.ZerosLike(value))));
            }
            partners[input.Name] = (tangent, adjoint, adjointTangent, size);
            size = Sum(size, input.Type.IsArray ? new ArrayLength(value) : Literal.OfInteger(1, IrType.Int));
        }
        Var n = Local("size", IrType.Int);
        Var hessian = Local("hessian", IrType.ArrayOf(IrType.Double, rank: 2));
        Var j = Local("column", IrType.Int);
        statements.Add(new Assign(n.Name, size));
        statements.Add(new Assign(hessian.Name, new NewArray(hessian.Type, new Indices(EquatableArray.Of<Expr>(n, n), Jagged: false))));

        var column = new List<Stmt> { new Comment("The direction of this column's packed input: its tangent is 1, every other one 0.") };
        foreach (Parameter input in inputs)
        {
            (Var tangent, Var adjoint, Var adjointTangent, Expr offset) = partners[input.Name];
            if (input.Type.IsArray)
            {
                column.Add(Runtime("Unit({0}, {1}, {2})", tangent, j, offset));
                column.Add(Runtime("Clear({0})", adjoint));
                column.Add(Runtime("Clear({0})", adjointTangent));
            }
            else
            {
                column.Add(new Assign(tangent.Name, new Opaque(Packed + ".Unit({0}, {1})", EquatableArray.Of(j, offset), IrType.Double)));
                column.Add(new Assign(adjoint.Name, X.Lit(0)));
                column.Add(new Assign(adjointTangent.Name, X.Lit(0)));
            }
        }
        // FAdjointTangent's parameters are the method's, each input followed by its tangent, adjoint and adjoint tangent, then the seed and its tangent.
        var arguments = new List<Expr>();
        for (int i = 0; i < forwardOverReverse.Parameters.Count; i++)
        {
            Parameter parameter = forwardOverReverse.Parameters[i];
            arguments.Add(new Var(parameter.Name, parameter.Type));
            if (partners.TryGetValue(parameter.Name, out var partner))
            {
                arguments.AddRange(new Expr[] { partner.Tangent, partner.Adjoint, partner.AdjointTangent });
                i += 3;
            }
        }
        arguments[arguments.Count - 2] = X.Lit(1);
        arguments[arguments.Count - 1] = X.Lit(0);
        column.Add(new Evaluate(Signatures.Call(forwardOverReverse.Name, forwardOverReverse.Parameters, arguments, IrType.Double)));
        column.Add(new Comment("The adjoints' tangents are the Hessian's column."));
        foreach (Parameter input in inputs)
        {
            (_, _, Var adjointTangent, Expr offset) = partners[input.Name];
            column.Add(input.Type.IsArray
                ? Runtime("Column({0}, {1}, {2}, {3})", hessian, j, offset, adjointTangent)
                : new Assign(hessian.Name, adjointTangent, Position: new Indices(EquatableArray.Of(offset, (Expr)j), Jagged: false)));
        }
        statements.Add(new For(
            Block.Of(new Assign(j.Name, Literal.IntZero)),
            new Binary(BinaryOp.Less, j, n, IrType.Bool),
            Block.Of(new Assign(j.Name, new Binary(BinaryOp.Add, j, Literal.IntOne, IrType.Int))),
            new Block(column.ToEquatableArray())));
        statements.Add(new Return(hessian));
        return new Function(primal.Name + "Hessian", hessian.Type, primal.Parameters, locals.ToEquatableArray(), new Block(statements.ToEquatableArray()));
    }

    private static Expr Sum(Expr a, Expr b) => (a, b) switch
    {
        (Literal { Integer: long i }, Literal { Integer: long j }) => Literal.OfInteger(i + j, IrType.Int),
        (Literal { Integer: 0 }, _) => b,
        _ => new Binary(BinaryOp.Add, a, b, IrType.Int),
    };

    private static Stmt Runtime(string call, params Expr[] args) => new Evaluate(new Opaque(Packed + "." + call, args.ToEquatableArray(), IrType.Void));
}
