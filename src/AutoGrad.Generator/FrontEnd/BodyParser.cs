using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Turns a method body (Roslyn <see cref="IOperation"/>s) into IR statements. Locals get unique names
/// and are declared once for the whole function; anything outside the supported subset becomes an
/// AG0001 diagnostic on the exact syntax, and parsing goes on so every problem is reported at once.
/// </summary>
internal sealed partial class BodyParser
{
    private readonly NameTable _names;
    private readonly Dictionary<ILocalSymbol, Local> _locals = new(SymbolEqualityComparer.Default);
    private readonly List<Local> _localOrder = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<(Opaque Call, IOperation Syntax)> _opaqueCalls = new();
    private readonly HashSet<string> _inputArrays;
    private readonly HashSet<string> _sharedArrays = new();
    // Calls of [Differentiable] methods that may return an array they were given.
    private readonly HashSet<Expr> _sharedResults = new(ByReference<Expr>.Instance);
    private readonly int _order;
    private readonly System.Func<IMethodSymbol, bool> _hasNoCompanions;

    /// <param name="inputArrays">Differentiable array parameters: read-only in the body.</param>
    /// <param name="order">The method's derivative order: its callees must have companions of that order too.</param>
    /// <param name="hasNoCompanions">Whether a [Differentiable] callee gets no companions.</param>
    public BodyParser(NameTable names, HashSet<string> inputArrays, int order, System.Func<IMethodSymbol, bool> hasNoCompanions)
    {
        _names = names;
        _inputArrays = inputArrays;
        _order = order;
        _hasNoCompanions = hasNoCompanions;
    }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public IReadOnlyList<Local> Locals => _localOrder;

    /// <summary>Calls of ordinary methods, so activity analysis can report those fed a differentiable value.</summary>
    public IReadOnlyList<(Opaque Call, IOperation Syntax)> OpaqueCalls => _opaqueCalls;

    public Block ParseBody(IOperation body)
    {
        var statements = new List<Stmt>();
        ParseStatement(body, statements);
        CheckSwaps();
        return new Block(statements.ToEquatableArray());
    }

    private Block ParseBlock(IOperation? operation)
    {
        var statements = new List<Stmt>();
        if (operation is not null)
        {
            ParseStatement(operation, statements);
        }
        return new Block(statements.ToEquatableArray());
    }

    private void ParseStatementCore(IOperation operation, List<Stmt> output)
    {
        switch (operation)
        {
            case IMethodBodyOperation body:
                ParseStatement((IOperation?)body.BlockBody ?? body.ExpressionBody!, output);
                break;
            case IBlockOperation block:
                for (int i = 0; i < block.Operations.Length; i++)
                {
                    if (SwapThroughTemporary(block.Operations, i) is (ILocalSymbol a, ILocalSymbol b))
                    {
                        output.Add(new Comment(OneLine(string.Join(" ", block.Operations.Skip(i).Take(3).Select(s => s.Syntax.ToString())))));
                        Swap(a, b, block.Operations[i], output);
                        i += 2;
                        continue;
                    }
                    ParseStatement(block.Operations[i], output);
                }
                break;
            case IVariableDeclarationGroupOperation group:
                output.Add(SourceComment(operation));
                using (BuildArraysInto(output))
                {
                    foreach (IVariableDeclarationOperation declaration in group.Declarations)
                    {
                        ParseDeclaration(declaration, output);
                    }
                }
                break;
            case IExpressionStatementOperation statement:
                output.Add(SourceComment(operation));
                using (BuildArraysInto(output))
                {
                    ParseExpressionStatement(statement.Operation, output);
                }
                break;
            case IConditionalOperation conditional:
                Expr test;
                using (BuildArraysInto(output))
                {
                    test = ParseExpression(conditional.Condition);
                }
                if (test is Literal { LiteralType.Kind: ValueKind.Bool })
                {
                    // A constant condition, or one that folded (x < x): its branch; the other would be unreachable code in the companions (CS0162).
                    if ((test.Equals(Literal.True) ? conditional.WhenTrue : conditional.WhenFalse) is IOperation branch)
                    {
                        ParseStatement(branch, output);
                    }
                    break;
                }
                output.Add(HeaderComment(operation));
                output.Add(new If(test, ParseBlock(conditional.WhenTrue), ParseBlock(conditional.WhenFalse)));
                break;
            case IForLoopOperation loop:
                output.Add(HeaderComment(operation));
                ParseFor(loop, output);
                break;
            case IForEachLoopOperation loop:
                output.Add(HeaderComment(operation));
                ParseForEach(loop, output);
                break;
            case IWhileLoopOperation loop when !loop.ConditionIsUntil && loop.Condition is not null:
                output.Add(HeaderComment(operation));
                ParseWhile(loop, output);
                break;
            case IBranchOperation { BranchKind: BranchKind.Break } branch when IsLoopBranch(branch):
                output.Add(new Break());
                break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                output.Add(new Continue());
                break;
            case IReturnOperation { Kind: OperationKind.Return } ret:
                output.Add(SourceComment(operation));
                using (BuildArraysInto(output))
                {
                    output.Add(new Return(ret.ReturnedValue is null ? null : ParseExpression(ret.ReturnedValue)));
                }
                break;
            case IEmptyOperation:
                break;
            default:
                Unsupported(operation, Describe(operation), "only local declarations, assignments, if/else, for, while, do, break, continue and return are supported");
                break;
        }
    }

    private static bool IsLoopBranch(IBranchOperation branch)
    {
        for (IOperation? parent = branch.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILoopOperation)
            {
                return true;
            }
            if (parent is ISwitchOperation)
            {
                return false;
            }
        }
        return false;
    }

    private void ParseDeclaration(IVariableDeclarationOperation declaration, List<Stmt> output)
    {
        foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
        {
            if (declarator.Symbol.IsConst)
            {
                // Every read of a constant is its literal: a local for it would only be assigned (CS0219).
                continue;
            }
            IVariableInitializerOperation? initializer = declarator.Initializer ?? declaration.Initializer;
            if (initializer?.Value is IInvocationOperation call && CompanionNameClashes.IsGeneratedByAutoGrad(call.TargetMethod))
            {
                // var pair = FTangent(x, 1.0): said here, where the fix goes, rather than as the tuple local's type.
                UnsupportedCompanionCall(call);
                continue;
            }
            if (IsTuple(declarator.Symbol.Type))
            {
                ParseTupleDeclaration(declarator.Symbol, declarator, initializer?.Value, output);
                continue;
            }
            Local? local = DeclareLocal(declarator.Symbol, declarator);
            if (local is { Type.IsObject: true })
            {
                if (initializer is not null)
                {
                    AssignObject(local.Name, initializer.Value, declarator, isDeclaration: true, output);
                }
                continue;
            }
            if (local is not null && initializer is not null && WithValues(initializer.Value) is IOperation creation)
            {
                BuildArray(local.Name, creation, isDeclaration: true);
                continue;
            }
            if (local is not null && initializer is not null && RangeOf(Unconverted(initializer.Value)) is not null)
            {
                BuildSlice(local.Name, (IArrayElementReferenceOperation)Unconverted(initializer.Value), isDeclaration: true, output);
                continue;
            }
            if (initializer is not null && IsArrayAlias(initializer.Value))
            {
                UnsupportedAliasing(declarator);
                continue;
            }
            if (local is not null && initializer is not null)
            {
                output.Add(NoteShared(new Assign(local.Name, ParseExpression(initializer.Value), IsDeclaration: true)));
            }
        }
    }

    private Local? DeclareLocal(ILocalSymbol symbol, IOperation at)
    {
        if (_locals.TryGetValue(symbol, out Local? existing))
        {
            return existing;
        }
        if (symbol.IsRef)
        {
            Unsupported(at, $"the local '{symbol.Name}'", "ref locals are not supported");
            return null;
        }
        if (IsTuple(symbol.Type))
        {
            // Its elements are locals of their own: the tuple as a whole exists nowhere in the companions.
            Unsupported(at, $"'{OneLine(at.Syntax.ToString())}'", $"a tuple local is used through its elements ({symbol.Name}.Item1), deconstructed or assigned, never as a whole value");
            return null;
        }
        IrType? type = TypeMapper.Map(symbol.Type) ?? (IsObjectType(symbol.Type) ? IrType.ObjectType(FullName(symbol.Type)) : null);
        if (type is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedType, at.Syntax.GetLocation(),
                $"Local '{symbol.Name}'", symbol.Type.ToDisplayString(), TypeMapper.SupportedTypes));
            return null;
        }
        var local = new Local(_names.Fresh(symbol.Name), type);
        _locals.Add(symbol, local);
        _localOrder.Add(local);
        return local;
    }

    private void ParseFor(IForLoopOperation loop, List<Stmt> output)
    {
        var init = new List<Stmt>();
        var step = new List<Stmt>();
        _inLoopHeader = true;
        foreach (IOperation before in loop.Before)
        {
            ParseStatement(before, init);
        }
        foreach (IOperation bottom in loop.AtLoopBottom)
        {
            ParseStatement(bottom, step);
        }
        _inLoopHeader = false;
        var initBlock = new Block(init.Where(s => s is not Comment).ToEquatableArray());
        var stepBlock = new Block(step.Where(s => s is not Comment).ToEquatableArray());
        if (loop.Condition is not null && ParseChangingCondition(loop.Condition) is (Expr changing, List<Stmt> changes))
        {
            // The step runs before each test but the first: the test, with its changes, goes at the top of the body.
            output.Add(new For(initBlock, null, stepBlock, TestedAtTop(changing, changes, ParseBlock(loop.Body))));
            return;
        }
        output.Add(new For(initBlock, loop.Condition is null ? null : ParseExpression(loop.Condition), stepBlock, ParseBlock(loop.Body)));
    }

    private void ParseWhile(IWhileLoopOperation loop, List<Stmt> output)
    {
        if (ParseChangingCondition(loop.Condition!) is (Expr changing, List<Stmt> changes))
        {
            Block body = ParseBlock(loop.Body);
            if (loop.ConditionIsTop)
            {
                output.Add(new While(Literal.True, TestedAtTop(changing, changes, body)));
            }
            else if (IrWalk.Statements(body).Any(s => s is Continue))
            {
                // A continue goes to the test, which the lowered loop could not keep apart from the body's end.
                Unsupported(loop.Condition!, $"'{OneLine(loop.Condition!.Syntax.ToString())}'", "a do-while loop whose body has a continue cannot change a variable in its condition; change it in the body");
            }
            else
            {
                output.Add(new DoWhile(new Block(body.Statements.Concat(changes).ToEquatableArray()), changing));
            }
            return;
        }
        Expr condition = ParseExpression(loop.Condition!);
        Block loopBody = ParseBlock(loop.Body);
        output.Add(loop.ConditionIsTop ? new While(condition, loopBody) : new DoWhile(loopBody, condition));
    }

    /// <summary>
    /// <c>foreach (var v in a)</c> over an array becomes <c>for (int index = 0; index &lt; a.Length; index++) { v = a[index]; … }</c>.
    /// </summary>
    private void ParseForEach(IForEachLoopOperation loop, List<Stmt> output)
    {
        IOperation collection = Unconverted(loop.Collection);
        // A readonly field (a table of weights or data) is read where the loop reads it: nothing in the method can reassign it.
        Expr? array = null;
        if (collection.Type is IArrayTypeSymbol { Rank: 1, ElementType: not IArrayTypeSymbol })
        {
            using (BuildArraysInto(output))
            {
                array = ParseExpression(collection);
            }
        }
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation control || array is not (Var or Opaque) || array is Opaque && collection is not IFieldReferenceOperation { Field.IsReadOnly: true })
        {
            Unsupported(loop, "'foreach'", "only foreach over a local, parameter or readonly field array of numbers (double[], int[]…) is supported; index matrices and jagged arrays with for loops");
            return;
        }
        Local? element = DeclareLocal(control.Symbol, control);
        if (element is null)
        {
            return;
        }
        var index = new Local(_names.Fresh("index"), IrType.Int);
        _localOrder.Add(index);
        var indexVar = new Var(index.Name, IrType.Int);
        Expr item = new Index(array, indexVar);
        // foreach (int v in doubles) converts each element, as C# does.
        item = item.Type == element.Type ? item : new Cast(item, element.Type, IsImplicit: false);
        var body = new List<Stmt> { new Assign(element.Name, item, IsDeclaration: true) };
        ParseStatement(loop.Body, body);
        if (array is Var walked && body.Skip(1).SelectMany(s => IrWalk.Statements(Block.Of(s))).Any(s => s is Assign { IsElement: false } a && a.Target == walked.Name))
        {
            // C# walks the array the loop started with; the lowered loop would read the new one.
            Unsupported(loop, "'foreach'", $"the loop assigns '{walked.Name}', the array it walks; walk a copy, or use a for loop");
            return;
        }
        // A body that always leaves the loop never reaches the step, which C# would call unreachable (CS0162).
        bool leaves = body[body.Count - 1] is Return or Break && !IrWalk.Statements(new Block(body.ToEquatableArray())).Any(s => s is Continue);
        output.Add(new For(
            Block.Of(new Assign(index.Name, Literal.IntZero, IsDeclaration: true)),
            new Binary(BinaryOp.Less, indexVar, new ArrayLength(array), IrType.Bool),
            leaves ? Block.Empty : Block.Of(new Assign(index.Name, new Binary(BinaryOp.Add, indexVar, Literal.IntOne, IrType.Int))),
            new Block(body.ToEquatableArray())));
    }

    /// <summary>AG0005 when <paramref name="target"/> is, or is an element of, a differentiable input array.</summary>
    private bool WritesInputArray(IOperation statement, IOperation target)
    {
        IOperation array = target;
        while (array is IArrayElementReferenceOperation element)
        {
            array = element.ArrayReference;
        }
        if (array is IParameterReferenceOperation parameter && _inputArrays.Contains(parameter.Parameter.Name))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WriteToInputArray, statement.Syntax.GetLocation(),
                OneLine(statement.Syntax.ToString()), parameter.Parameter.Name));
            return true;
        }
        return false;
    }

    private void ParseExpressionStatement(IOperation operation, List<Stmt> output)
    {
        IOperation? written = operation switch
        {
            IAssignmentOperation a => a.Target,
            IIncrementOrDecrementOperation i => i.Target,
            _ => null,
        };
        if (written is not null && WritesInputArray(operation, written))
        {
            return;
        }
        if (TupleSwap(operation) is (ISymbol first, ISymbol second))
        {
            Swap(first, second, operation, output);
            return;
        }
        if (operation is IDeconstructionAssignmentOperation deconstruction)
        {
            ParseDeconstruction(deconstruction, output);
            return;
        }
        if (operation is ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var tuple } } tupleAssignment && IsTuple(tuple.Type))
        {
            ParseTupleAssignment(tuple, tupleAssignment, output);
            return;
        }
        if (written is IArrayElementReferenceOperation element
            && TargetName(element.ArrayReference) is string array && TypeMapper.Map(element.Type) is IrType elementType)
        {
            var target = new Var(array, TypeMapper.Map(element.ArrayReference.Type)!);
            ParseElementWrite(operation, target, ElementPosition(target, element.Indices), element, elementType, output);
            return;
        }
        if (operation is ISimpleAssignmentOperation { Value: var aliased } && IsArrayAlias(aliased))
        {
            UnsupportedAliasing(operation);
            return;
        }
        switch (operation)
        {
            case ISimpleAssignmentOperation assignment when IsObjectLocal(assignment.Target) && TargetName(assignment.Target) is string target:
                AssignObject(target, assignment.Value, operation, isDeclaration: false, output);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation } assignment when WithValues(assignment.Value) is IOperation creation
                && TargetName(assignment.Target) is string target:
                BuildArray(target, creation, isDeclaration: false);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation } assignment when RangeOf(Unconverted(assignment.Value)) is not null
                && TargetName(assignment.Target) is string target:
                AssignSlice(target, (IArrayElementReferenceOperation)Unconverted(assignment.Value), output);
                break;
            case ISimpleAssignmentOperation assignment when TargetName(assignment.Target) is string target:
                Expr assigned = ParseExpression(assignment.Value);
                // x = ok ? x : throw …, once its check went before it: nothing left to do (and v = v would hide that x is unread).
                if (assigned is not Var same || same.Name != target)
                {
                    output.Add(NoteShared(new Assign(target, assigned)));
                }
                break;
            case ICompoundAssignmentOperation compound when TargetName(compound.Target) is string target
                && compound.OperatorMethod is null && MapBinary(compound.OperatorKind) is BinaryOp op:
                output.Add(new Assign(target, Compound(op, ParseExpression(compound.Target), compound.Value)));
                break;
            case IIncrementOrDecrementOperation increment when TargetName(increment.Target) is string target
                && increment.OperatorMethod is null && TypeMapper.Map(increment.Target.Type) is IrType type
                && type.Kind is ValueKind.Double or ValueKind.Int or ValueKind.Long:
                BinaryOp incOp = increment.Kind == OperationKind.Increment ? BinaryOp.Add : BinaryOp.Subtract;
                Expr one = type.IsDouble ? Literal.One : new Literal("1", type);
                output.Add(new Assign(target, new Binary(incOp, new Var(target, type), one, type)));
                break;
            case IInvocationOperation invocation:
                // An ordinary method's call only watches (see ParseWatching); this one has a derivative, unused.
                ParseExpression(invocation);
                if (!CompanionNameClashes.IsGeneratedByAutoGrad(invocation.TargetMethod))
                {
                    // A companion's call (GAdjoint(…);) has its own diagnostic already, whose fix is not a local.
                    Unsupported(operation, $"the call '{invocation.Syntax}' as a statement", "its result is discarded; assign it to a local");
                }
                break;
            case IAssignmentOperation or IIncrementOrDecrementOperation:
                UnsupportedWrite(operation, written!);
                break;
            case IInvalidOperation { Syntax: InvocationExpressionSyntax invocation } when CompanionCalls.Resolve(invocation, operation.SemanticModel!) is not null:
                UnsupportedCompanionCall(operation);
                break;
            default:
                Unsupported(operation, Describe(operation), "this expression statement is not supported");
                break;
        }
    }

    /// <summary>Remembers a local that names an array a field, an ordinary method or an argument may hold too (see <see cref="ParseElementWrite"/>).</summary>
    private Assign NoteShared(Assign assign)
    {
        if (assign.Value is Opaque { Type.IsArray: true } || _sharedResults.Contains(assign.Value))
        {
            _sharedArrays.Add(assign.Target);
        }
        return assign;
    }

    private void ParseElementWrite(IOperation operation, Var written, Expr position, IOperation element, IrType type, List<Stmt> output)
    {
        string array = written.Name;
        if (_sharedArrays.Contains(array))
        {
            // The transforms take every array a companion writes for one of its own: a write through a second name would go unseen.
            Unsupported(operation, $"'{OneLine(operation.Syntax.ToString())}'",
                $"'{array}' may be an array a field, another method or an argument holds too; write into a copy, (double[])….Clone()");
            return;
        }
        Expr value;
        // The element at the position already parsed: parsing it again would repeat a change in its index (a[p++] += v).
        var old = new Index(written, position);
        switch (operation)
        {
            case ISimpleAssignmentOperation assignment:
                value = ParseExpression(assignment.Value);
                break;
            case ICompoundAssignmentOperation compound when compound.OperatorMethod is null && MapBinary(compound.OperatorKind) is BinaryOp op:
                value = Compound(op, old, compound.Value);
                break;
            case IIncrementOrDecrementOperation increment when type.Kind is ValueKind.Double or ValueKind.Int or ValueKind.Long:
                Expr one = type.IsDouble ? Literal.One : new Literal("1", type);
                BinaryOp incOp = increment.Kind == OperationKind.Increment ? BinaryOp.Add : BinaryOp.Subtract;
                value = new Binary(incOp, old, one, type);
                break;
            default:
                Unsupported(operation, $"'{OneLine(operation.Syntax.ToString())}'", "this kind of array element write is not supported");
                return;
        }
        NoteConstantArrayWrite(element, value, operation.Syntax);
        output.Add(new Assign(array, value, Position: position));
    }

    /// <summary>An existing array (a variable, or a row of a jagged array, or a choice of one), not a new one.</summary>
    private static bool IsArrayAlias(IOperation value) =>
        value.Type is IArrayTypeSymbol && value is ILocalReferenceOperation or IParameterReferenceOperation or IArrayElementReferenceOperation && RangeOf(value) is null
        || value is IConditionalOperation { WhenFalse: not null } choice && (IsArrayAlias(choice.WhenTrue) || IsArrayAlias(choice.WhenFalse))
        || value is IConversionOperation { Type: IArrayTypeSymbol, Conversion.IsNumeric: false, OperatorMethod: null } cast && IsArrayAlias(cast.Operand);

    private void UnsupportedAliasing(IOperation operation) =>
        Unsupported(operation, $"'{OneLine(operation.Syntax.ToString())}'", "assigning one array variable to another makes two names for one array; copy it with (double[])a.Clone(), or swap two local arrays with (a, b) = (b, a)");

    private void UnsupportedWrite(IOperation operation, IOperation written)
    {
        if (written is IMemberReferenceOperation)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WriteToMember, operation.Syntax.GetLocation(), OneLine(operation.Syntax.ToString()), written.Syntax.ToString()));
            return;
        }
        Unsupported(operation, $"writing to '{written.Syntax}'", "only locals, parameters and elements of local arrays can be assigned");
    }

    private Expr Compound(BinaryOp op, Expr left, IOperation value)
    {
        Expr right = ParseExpression(value);
        // C# computes short, byte or char arithmetic in int and casts back: s *= 3 is s = (short)(s * 3).
        IrType resultType = left.Type.IsDouble || right.Type.IsDouble ? IrType.Double : left.Type.Kind == ValueKind.Other ? IrType.Int : left.Type;
        Expr combined = new Binary(op, left, right, resultType);
        return resultType == left.Type ? combined : new Cast(combined, left.Type, IsImplicit: false);
    }

    private string? TargetName(IOperation target) => target switch
    {
        ILocalReferenceOperation local => LocalName(local.Local, target),
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field when TupleElement(field) is Local element => element.Name,
        _ => null,
    };

    public Expr ParseExpression(IOperation operation)
    {
        if (operation.ConstantValue.HasValue && LiteralFor(operation.Type, operation.ConstantValue.Value) is Literal literal)
        {
            return literal;
        }
        if (ParseCompanionPart(operation) is Expr derivative)
        {
            return derivative;
        }
        switch (operation)
        {
            case ILocalReferenceOperation local when TargetName(local) is string name:
                var read = new Var(name, _locals[local.Local].Type);
                NoteObjectRead(read, local);
                return ReadBeforeIncrement(local, local.Local, read);
            case IParameterReferenceOperation parameter when TypeMapper.Map(parameter.Type) is IrType type:
                return ReadBeforeIncrement(parameter, parameter.Parameter, new Var(parameter.Parameter.Name, type));
            case IIncrementOrDecrementOperation increment:
                return ParseIncrementValue(increment);
            case IBinaryOperation binary when binary.OperatorMethod is null && MapBinary(binary.OperatorKind) is BinaryOp op
                && TypeMapper.Map(binary.Type) is IrType type:
                Expr leftOperand = ParseExpression(binary.LeftOperand);
                return Folded(op, leftOperand, ParseRight(op, leftOperand, binary.RightOperand), type);
            case IUnaryOperation unary when unary.OperatorMethod is null && MapUnary(unary.OperatorKind) is UnaryOp op
                && TypeMapper.Map(unary.Type) is IrType type:
                Expr negated = ParseExpression(unary.Operand);
                // !(i != i), once folded: the literal, as C# would read it (an if on it would be CS0162).
                return op == UnaryOp.Not && negated is Literal { LiteralType.Kind: ValueKind.Bool }
                    ? (negated.Equals(Literal.True) ? Literal.False : Literal.True)
                    : new Unary(op, negated, type);
            case IConversionOperation { Operand: IInvocationOperation { TargetMethod.Name: "Clone", Instance: { Type: IArrayTypeSymbol } source } } conversion
                when TypeMapper.Map(conversion.Type) is { IsFlatArray: true }:
                return new CloneArray(ParseExpression(source));
            case IArrayElementReferenceOperation slice when RangeOf(slice) is not null:
                return SliceInLocal(slice);
            case IArrayElementReferenceOperation element:
                return ParseElement(element);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } or IRangeOperation:
                return Unsupported(operation, $"'{OneLine(operation.Syntax.ToString())}'", "an index from the end (^k) or a range (a..b) is supported only on a local or parameter array of numbers, x[^k] or x[a..b]; count from the start, x[i].Length - k");
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: { Type: IArrayTypeSymbol } array }:
                return new ArrayLength(ParseExpression(array));
            case IInvocationOperation { TargetMethod.Name: "GetLength", Instance: { Type: IArrayTypeSymbol } array, Arguments.Length: 1 } getLength
                when getLength.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int dimension }:
                return new ArrayLength(ParseExpression(array), dimension);
            case var _ when WithValues(operation) is IOperation creation:
                return ArrayInLocal(creation);
            case IArrayCreationOperation { Initializer: null } creation when TypeMapper.Map(creation.Type) is { IsFlatArray: true } arrayType:
                return new NewArray(arrayType, Position(creation.DimensionSizes, jagged: false));
            case IConversionOperation conversion when conversion.OperatorMethod is null
                && (conversion.Conversion.IsNumeric || conversion.Conversion.IsIdentity || conversion.Type?.TypeKind == TypeKind.Enum || conversion.Operand.Type?.TypeKind == TypeKind.Enum)
                && TypeMapper.MapValue(conversion.Type) is IrType type:
                Expr operand = ParseExpression(conversion.Operand);
                return conversion.Conversion.IsIdentity ? operand : new Cast(operand, type, conversion.IsImplicit);
            case IConditionalOperation conditional when conditional.WhenFalse is not null && TypeMapper.Map(conditional.Type) is IrType type:
                Expr condition = ParseExpression(conditional.Condition);
                if (condition is Literal { LiteralType.Kind: ValueKind.Bool })
                {
                    // The branch a constant (or folded) condition takes: the companions' if (false) would be unreachable code (CS0162).
                    return ParseExpression(condition.Equals(Literal.True) ? conditional.WhenTrue : conditional.WhenFalse);
                }
                return Choice(condition, conditional.WhenTrue, conditional.WhenFalse, type);
            case IIsPatternOperation test when Pattern(test) is Expr matched:
                return matched;
            case ISwitchExpressionOperation choice:
                return ParseSwitchExpression(choice);
            case var _ when _watching && ParseWatched(operation) is Expr watched:
                return watched;
            case IInvocationOperation invocation:
                return ParseInvocation(invocation);
            case IFieldReferenceOperation field when TupleElement(field) is Local element:
                return new Var(element.Name, element.Type);
            case IFieldReferenceOperation field when ElementOfTupleValue(field) is Expr element:
                return element;
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                return ParseMemberRead((IMemberReferenceOperation)operation);
            case IInvalidOperation { Syntax: InvocationExpressionSyntax invocation } when CompanionCalls.Resolve(invocation, operation.SemanticModel!) is not null:
                return UnsupportedCompanionCall(operation);
            default:
                return Unsupported(operation, Describe(operation), "this expression is not supported in a [Differentiable] method");
        }
    }

    /// <summary>
    /// <c>v is &gt; 0 and &lt; 1</c>, <c>v is not 0.0</c>, <c>v is 1.0</c>: the comparisons the pattern makes, on a value
    /// that reading twice costs nothing (a variable, an element, a literal). Null for any other pattern or value.
    /// </summary>
    private Expr? Pattern(IIsPatternOperation test)
    {
        if (TypeMapper.Map(test.Value.Type) is not { Kind: ValueKind.Double or ValueKind.Int or ValueKind.Long })
        {
            return null;
        }
        Expr value = ParseExpression(test.Value);
        return IrWalk.IsRepeatable(value) ? Matches(value, test.Pattern) : null;
    }

    private Expr? Matches(Expr value, IPatternOperation pattern) => pattern switch
    {
        IRelationalPatternOperation r when MapBinary(r.OperatorKind) is BinaryOp op => Folded(op, value, ParseExpression(r.Value), IrType.Bool),
        IConstantPatternOperation { Value.ConstantValue.HasValue: true } c => IsConstant(value, c.Value),
        IBinaryPatternOperation b when Matches(value, b.LeftPattern) is Expr left && Matches(value, b.RightPattern) is Expr right =>
            b.OperatorKind == BinaryOperatorKind.Or ? Rules.X.Or(left, right) : Rules.X.And(left, right),
        INegatedPatternOperation n when Matches(value, n.Pattern) is Expr inner => Rules.X.Not(inner),
        IDiscardPatternOperation => Literal.True,
        _ => null,
    };

    /// <summary>
    /// <c>left op right</c>. A comparison of a value with itself, which folding a constant condition can leave
    /// (<c>(c ? x : x) &lt; x</c>), is spelled as what it means, not as a comparison C# warns about (CS1718):
    /// <c>x &lt; x</c> is false, <c>x &lt;= x</c> is true unless x is NaN. Two double literals give the answer, of arithmetic too.
    /// </summary>
    private static Expr Folded(BinaryOp op, Expr left, Expr right, IrType type)
    {
        if (op <= BinaryOp.Remainder && left is Literal a && right is Literal b && type.IsDouble && a.Type.IsDouble && b.Type.IsDouble
            && a.Number is double u && b.Number is double v)
        {
            // 1.0 + 4.0 * 4.0, once a constant condition folded away: C# folds it too, and would call a test of it constant.
            return Literal.Of(op switch
            {
                BinaryOp.Add => u + v,
                BinaryOp.Subtract => u - v,
                BinaryOp.Multiply => u * v,
                BinaryOp.Divide => u / v,
                _ => u % v,
            });
        }
        if (op is < BinaryOp.Equal or > BinaryOp.GreaterOrEqual)
        {
            return new Binary(op, left, right, type);
        }
        if (Widened(left) is Literal l && Widened(right) is Literal r && Rules.X.Compare(op, l, r) is Literal answer)
        {
            // Math.PI <= 0.0 or 2L < 2.0, once a constant condition folded away: the answer, not an if C# finds unreachable (CS0162).
            return answer;
        }
        (Expr same, Expr other) = (Widened(left), Widened(right));
        if (!same.Equals(other) || same is not (Var or Index { Array: Var }))
        {
            return new Binary(op, left, right, type);
        }
        bool reflexive = op is BinaryOp.Equal or BinaryOp.LessOrEqual or BinaryOp.GreaterOrEqual;
        if (!same.Type.IsDouble)
        {
            return reflexive ? Literal.True : Literal.False;
        }
        return op switch
        {
            BinaryOp.Less or BinaryOp.Greater => Literal.False,
            BinaryOp.NotEqual => new Opaque("double.IsNaN({0})", EquatableArray.Of(same), IrType.Bool),
            _ => new Opaque("!double.IsNaN({0})", EquatableArray.Of(same), IrType.Bool),
        };
    }

    /// <summary>
    /// The value a comparison converts: through implicit conversions, and through an explicit one from an integer
    /// to a double, which loses nothing (<c>(double)n &lt; n</c> compares n with itself).
    /// </summary>
    private static Expr Widened(Expr operand)
    {
        while (operand is Cast cast && (cast.IsImplicit || cast.TargetType.IsDouble && cast.Operand.Type.Kind is ValueKind.Int or ValueKind.Long))
        {
            operand = cast.Operand;
        }
        return operand;
    }

    /// <summary>
    /// <c>a[i]</c>, <c>m[i, j]</c>, or <c>x[i][j]</c> read along a jagged array: always one array
    /// variable and one position, the shape every transform works with.
    /// </summary>
    private Expr ParseElement(IArrayElementReferenceOperation element) => ParseElement(element.ArrayReference, element);

    /// <summary>
    /// The element <paramref name="element"/> names, of <paramref name="array"/>. An element of a choice
    /// between arrays, <c>(c ? a : b)[i]</c>, is the choice between their elements, so no variable ever
    /// names one array or the other (two names for one array would hide writes from the transforms).
    /// </summary>
    private Expr ParseElement(IOperation array, IArrayElementReferenceOperation element)
    {
        if (array is IConditionalOperation { WhenFalse: not null } choice && TypeMapper.Map(element.Type) is IrType type)
        {
            Expr condition = ParseExpression(choice.Condition);
            return condition is Literal { LiteralType.Kind: ValueKind.Bool }
                ? ParseElement(condition.Equals(Literal.True) ? choice.WhenTrue : choice.WhenFalse, element)
                : new Conditional(condition, ParseElement(choice.WhenTrue, element), ParseElement(choice.WhenFalse, element), type);
        }
        if (array is IArrayElementReferenceOperation { Indices.Length: 1 } row && RangeOf(row) is null
            && row.ArrayReference is not IArrayElementReferenceOperation
            && ParseExpression(row.ArrayReference) is Var jagged)
        {
            return new Index(jagged, Position(row.Indices.AddRange(element.Indices), jagged: true));
        }
        if (array is IArrayElementReferenceOperation && RangeOf(array) is null)
        {
            return Unsupported(element, $"'{element.Syntax}'", "only two levels of jagged arrays (x[i][j]) are supported");
        }
        Expr parsed = ParseExpression(array);
        Expr position = ElementPosition(parsed, element.Indices);
        // An array call already diagnosed (AG0001) is the placeholder 0.0, which has no element type.
        return parsed.Type.IsArray ? new Index(parsed, position) : parsed;
    }

    /// <summary>One index as it is; several as one <see cref="Indices"/>.</summary>
    private Expr Position(ImmutableArray<IOperation> indices, bool jagged) =>
        indices.Length == 1 ? ParseExpression(indices[0]) : new Indices(indices.Select(ParseExpression).ToEquatableArray(), jagged);

    private Expr ParseInvocation(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (CompanionNameClashes.IsGeneratedByAutoGrad(method))
        {
            return UnsupportedCompanionCall(invocation);
        }
        if (method.ContainingType.ToDisplayString() is "System.Linq.Enumerable" or "System.Linq.Queryable")
        {
            return Unsupported(invocation, $"the LINQ call '{OneLine(invocation.Syntax.ToString())}'", "LINQ is not supported; write a for loop");
        }
        if (IsObjectLocal(invocation.Instance) && IsOrdinary(invocation))
        {
            return ObjectCall(invocation);
        }
        // A ref or out argument that is (an element of) an input array is a write into it: AG0005, not AG0001.
        if (invocation.Arguments.Any(a => a.Parameter?.RefKind is RefKind.Ref or RefKind.Out && WritesInputArray(a, a.Value)))
        {
            return Literal.Zero;
        }
        if (invocation.Arguments.Any(a => a.Parameter?.RefKind is RefKind.Ref or RefKind.Out)
            || invocation.Arguments.Any(a => a.ArgumentKind == ArgumentKind.ParamArray))
        {
            return Unsupported(invocation, $"the call '{invocation.Syntax}'", "ref, out and params arguments are not supported");
        }
        IArgumentOperation[] arguments = invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).ToArray();
        Expr[] args = arguments.Select(a => ParseExpression(a.Value)).ToArray();
        if (MethodParser.IsDifferentiable(method) || CustomDerivatives.CompanionTypeOf(method, invocation.SemanticModel!.Compilation) is not null)
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                if (arguments[i].Parameter is IParameterSymbol parameter)
                {
                    NoteConstantArgument(parameter, args[i], arguments[i].Syntax, method.Name);
                }
            }
        }

        if (MathCalls.TryGetPrimitive(method) is string primitive)
        {
            return new Primitive(primitive, args.ToEquatableArray());
        }
        if (CustomDerivatives.CompanionTypeOf(method, invocation.SemanticModel!.Compilation) is INamedTypeSymbol companions)
        {
            return CallWithCustomDerivative(invocation, method, companions, args);
        }
        if (MethodParser.IsDifferentiable(method))
        {
            if (CalleeProblem(method, onThisOrStatic: method.IsStatic || invocation.Instance is null or IInstanceReferenceOperation, _order) is string problem)
            {
                return Unsupported(invocation, $"the call '{invocation.Syntax}'", problem);
            }
            var call = new Call(CalleeFor(method, method.ContainingType, MethodParser.OrderOf(method), invocation.SemanticModel!.Compilation), CalleeForm.Primal, null, args.ToEquatableArray(), TypeMapper.Map(method.ReturnType)!);
            if (call.Type.IsArray && SingularCalls.ReturnsAnInput(method, invocation.SemanticModel!.Compilation))
            {
                _sharedResults.Add(call);
            }
            return call;
        }
        IrType? type = TypeMapper.MapValue(method.ReturnType);
        if (type is null || !method.IsStatic && invocation.Instance is not (null or IInstanceReferenceOperation))
        {
            return Unsupported(invocation, $"the call '{invocation.Syntax}'",
                type is null ? $"its result type '{method.ReturnType.ToDisplayString()}' is not supported" : "only static methods and methods of 'this' can be called");
        }
        NoteObjectInputs(args, invocation.Syntax);
        string template = CallText(method, method.IsStatic ? FullName(method.ContainingType) : "this") + Holes(0, args.Length);
        var opaque = new Opaque(template, args.ToEquatableArray(), type, MathCalls.IsPiecewiseConstant(method));
        _opaqueCalls.Add((opaque, invocation));
        return opaque;
    }

    /// <summary>
    /// Why this method cannot call the [Differentiable] <paramref name="method"/>, whose companions its
    /// own companions call up to <paramref name="order"/>; null if it can.
    /// </summary>
    private string? CalleeProblem(IMethodSymbol method, bool onThisOrStatic, int order)
    {
        if (method.IsGenericMethod || TypeMapper.Map(method.ReturnType) is not { IsDifferentiable: true })
        {
            return "only non-generic [Differentiable] methods returning double or double[] can be called";
        }
        if (!onThisOrStatic)
        {
            return "an instance [Differentiable] method can be called only on 'this'";
        }
        if (_order > 2)
        {
            // A callee's companions of order three and more would need nested tuples of tuples per call: not built yet.
            return $"a method with Order = {_order} cannot call other [Differentiable] methods (only Order 1 and 2 can)";
        }
        if (MethodParser.OrderOf(method) < order)
        {
            return order == _order
                ? $"this method has Order = {_order}, so '{method.Name}' must be [Differentiable(Order = {order})] too"
                : $"differentiating a derivative of '{method.Name}' takes its second-order companions ({method.Name}TangentTangent, {method.Name}AdjointTangent): mark '{method.Name}' [Differentiable(Order = {order})]";
        }
        if (_hasNoCompanions(method))
        {
            return $"'{method.Name}' cannot be differentiated itself (see its errors), so it has no companions to call";
        }
        return null;
    }

    private Expr ParseMemberRead(IMemberReferenceOperation member)
    {
        if (member is IPropertyReferenceOperation property && IsObjectLocal(property.Instance))
        {
            return ObjectMember(property);
        }
        IrType? type = TypeMapper.MapValue(member.Type);
        bool isIndexer = member is IPropertyReferenceOperation { Arguments.Length: > 0 };
        if (type is null || isIndexer || member.Instance is not (null or IInstanceReferenceOperation))
        {
            return Unsupported(member, $"reading '{member.Syntax}'", "only fields and properties of supported types, static or of 'this', can be read");
        }
        string owner = member.Member.IsStatic
            ? member.Member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            : "this";
        return new Opaque(owner + "." + member.Member.Name, EquatableArray<Expr>.Empty, type);
    }

    /// <summary>A call of a method whose companions the user wrote: the same as any differentiable callee.</summary>
    private Expr CallWithCustomDerivative(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol companions, Expr[] args)
    {
        if (CompanionSignatures.Stub(method) is not Function stub || method.IsGenericMethod
            || !method.IsStatic && invocation.Instance is not (null or IInstanceReferenceOperation))
        {
            return Unsupported(invocation, $"the call '{invocation.Syntax}'", "a method with a custom derivative must be non-generic, static or of 'this', and take and return types AutoGrad differentiates through");
        }
        HashSet<CalleeForm> written = CustomDerivatives.HandWritten(method, companions, CompanionPipeline.Expected(stub));
        if (!written.Contains(CalleeForm.Tangent) && !written.Contains(CalleeForm.Adjoint))
        {
            return Unsupported(invocation, $"the call '{invocation.Syntax}'",
                $"the custom derivative of '{method.Name}' has neither a usable '{method.Name}Tangent' nor '{method.Name}Adjoint' (see its errors)");
        }
        int order = written.Contains(CalleeForm.AdjointTangent) && written.Contains(CalleeForm.TangentTangent) ? 2 : 1;
        if (_order > 2)
        {
            return Unsupported(invocation, $"the call '{invocation.Syntax}'", $"a method with Order = {_order} cannot call other differentiable methods (only Order 1 and 2 can)");
        }
        if (order < _order)
        {
            return Unsupported(invocation, $"the call '{invocation.Syntax}'",
                $"this method has Order = {_order}, so the custom derivative of '{method.Name}' needs hand-written '{method.Name}AdjointTangent' and '{method.Name}TangentTangent' too");
        }
        return new Call(CalleeFor(method, companions, order, invocation.SemanticModel!.Compilation), CalleeForm.Primal, null, args.ToEquatableArray(), stub.ReturnType);
    }

    private static Callee CalleeFor(IMethodSymbol method, INamedTypeSymbol companions, int order, Compilation compilation) => new(
        method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
        method.Name,
        method.IsStatic,
        method.Parameters.Select(p => new CalleeParameter(
            p.Name,
            TypeMapper.Map(p.Type) ?? IrType.OtherType(p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)),
            MethodParser.IsDifferentiableParameter(p))).ToEquatableArray(),
        order,
        companions.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
        SymbolEqualityComparer.Default.Equals(companions, method.ContainingType) ? SingularCalls.MayBeSingular(method, compilation) : true);

    /// <summary>
    /// A constant spelled in its own type: an enum member or a <c>char</c> keeps its type (a bare <c>1</c>
    /// compared with an enum is CS0019), the types the IR knows get their plain literals.
    /// </summary>
    private static Literal? LiteralFor(ITypeSymbol? type, object? value)
    {
        // First, as an enum's value arrives as its underlying int.
        if (value is not null && TypeMapper.Map(type) is { Kind: ValueKind.Other } other)
        {
            return new Literal("((" + other.CSharpName + ")(" + SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false) + "))", other);
        }
        switch (value)
        {
            case double d:
                return Literal.Of(d);
            case int i:
                return Literal.OfInteger(i, IrType.Int);
            case long l:
                return Literal.OfInteger(l, IrType.Long);
            case bool b:
                return b ? Literal.True : Literal.False;
            case string s:
                return new Literal(SymbolDisplay.FormatLiteral(s, quote: true), IrType.OtherType("string"));
        }
        return null;
    }

    private static BinaryOp? MapBinary(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => BinaryOp.Add,
        BinaryOperatorKind.Subtract => BinaryOp.Subtract,
        BinaryOperatorKind.Multiply => BinaryOp.Multiply,
        BinaryOperatorKind.Divide => BinaryOp.Divide,
        BinaryOperatorKind.Remainder => BinaryOp.Remainder,
        BinaryOperatorKind.Equals => BinaryOp.Equal,
        BinaryOperatorKind.NotEquals => BinaryOp.NotEqual,
        BinaryOperatorKind.LessThan => BinaryOp.Less,
        BinaryOperatorKind.LessThanOrEqual => BinaryOp.LessOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOp.Greater,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOp.GreaterOrEqual,
        BinaryOperatorKind.ConditionalAnd => BinaryOp.And,
        BinaryOperatorKind.ConditionalOr => BinaryOp.Or,
        BinaryOperatorKind.And => BinaryOp.BitwiseAnd,
        BinaryOperatorKind.Or => BinaryOp.BitwiseOr,
        BinaryOperatorKind.ExclusiveOr => BinaryOp.ExclusiveOr,
        BinaryOperatorKind.LeftShift => BinaryOp.LeftShift,
        BinaryOperatorKind.RightShift => BinaryOp.RightShift,
        _ => null,
    };

    private static UnaryOp? MapUnary(UnaryOperatorKind kind) => kind switch
    {
        UnaryOperatorKind.Minus => UnaryOp.Negate,
        UnaryOperatorKind.Plus => UnaryOp.Plus,
        UnaryOperatorKind.Not => UnaryOp.Not,
        UnaryOperatorKind.BitwiseNegation => UnaryOp.BitwiseNot,
        _ => null,
    };

    private Expr Unsupported(IOperation operation, string what, string why)
    {
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, operation.Syntax.GetLocation(), what, why));
        return Literal.Zero;
    }

    private static string Describe(IOperation operation)
    {
        string kind = operation.Syntax.Kind() switch
        {
            SyntaxKind.GotoStatement or SyntaxKind.GotoCaseStatement or SyntaxKind.GotoDefaultStatement => "'goto'",
            SyntaxKind.TryStatement => "'try'",
            SyntaxKind.LockStatement => "'lock'",
            SyntaxKind.UsingStatement => "'using'",
            SyntaxKind.SwitchStatement or SyntaxKind.SwitchExpression => "'switch'",
            SyntaxKind.ForEachStatement => "'foreach'",
            SyntaxKind.ThrowStatement or SyntaxKind.ThrowExpression => "'throw'",
            SyntaxKind.YieldReturnStatement or SyntaxKind.YieldBreakStatement => "'yield'",
            SyntaxKind.LocalFunctionStatement => "a local function",
            SyntaxKind.SimpleLambdaExpression or SyntaxKind.ParenthesizedLambdaExpression or SyntaxKind.AnonymousMethodExpression => "a lambda",
            SyntaxKind.AwaitExpression => "'await'",
            SyntaxKind.UnsafeStatement or SyntaxKind.FixedStatement => "unsafe code",
            SyntaxKind.CheckedStatement or SyntaxKind.UncheckedStatement => "a checked/unchecked block",
            SyntaxKind.QueryExpression => "a LINQ query",
            _ => null,
        } ?? $"'{OneLine(operation.Syntax.ToString())}'";
        return kind;
    }

    private static Comment SourceComment(IOperation operation) => new(OneLine(operation.Syntax.ToString()));

    /// <summary>An <c>if</c> or loop header as the user wrote it, without its body.</summary>
    private static Comment HeaderComment(IOperation operation)
    {
        string header = operation.Syntax switch
        {
            IfStatementSyntax s => $"if ({s.Condition})",
            ForStatementSyntax s => $"for ({s.Declaration?.ToString() ?? string.Join(", ", s.Initializers)}; {s.Condition}; {string.Join(", ", s.Incrementors)})",
            WhileStatementSyntax s => $"while ({s.Condition})",
            DoStatementSyntax s => $"do ... while ({s.Condition})",
            _ => operation.Syntax.ToString(),
        };
        return new Comment(OneLine(header), IsHeader: true);
    }

    private static string OneLine(string text)
    {
        string collapsed = Regex.Replace(text, @"\s+", " ").Trim();
        return collapsed.Length <= 100 ? collapsed : collapsed.Substring(0, 97) + "...";
    }
}
