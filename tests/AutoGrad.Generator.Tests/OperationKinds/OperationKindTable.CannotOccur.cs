using System;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Tests.OperationKinds;

/// <summary>
/// The kinds no method body the front end parses can hold: the front end takes the operation of one
/// method declaration (<see cref="SemanticModel.GetOperation"/>), and parses it only if it binds without errors.
/// </summary>
internal static partial class OperationKindTable
{
    private const string VisualBasic = "Visual Basic only: C# has no such construct";

    private const string FlowGraph = "made only in a ControlFlowGraph, never in the operation tree of a body";

    private static CannotOccur[] Absent => new CannotOccur[]
    {
        new(OperationKind.Attribute, "attributes, also those on a local function or lambda in the body, are bound apart: no body's operation tree holds one"),
        new(OperationKind.CaughtException, FlowGraph + " (the tree has the catch clause's declaration instead)"),
        // Named by its text: the member is obsolete as an error.
        new(Enum.Parse<OperationKind>("CollectionElementInitializer"), "obsolete: Roslyn no longer makes it, a collection initializer's elements are Add invocations (MemberInitializer's row has one)"),
        new(OperationKind.ConstructorBody, "the body of a constructor: [Differentiable] applies to methods only, and no constructor is declared inside a method body"),
        new(OperationKind.End, VisualBasic + " (End statement)"),
        new(OperationKind.FieldInitializer, "a field's initializer belongs to the field's declaration, outside every method body"),
        new(OperationKind.FlowAnonymousFunction, FlowGraph + " (the tree has AnonymousFunction)"),
        new(OperationKind.FlowCapture, FlowGraph),
        new(OperationKind.FlowCaptureReference, FlowGraph),
        new(OperationKind.InterpolatedStringAppendInvalid, "an AppendLiteral or AppendFormatted call of a handler that does not bind: a compile error, and the front end parses only bodies without one"),
        new(OperationKind.Invalid, "C# makes it only of code with errors, and the front end parses only bodies that bind without errors (with the companions they call in view)"),
        new(OperationKind.IsNull, FlowGraph + " (for ?. and ??)"),
        new(OperationKind.OmittedArgument, VisualBasic + " (an omitted argument, F(1, , 3))"),
        new(OperationKind.ParameterInitializer, "a parameter's default value belongs to its declaration, not to the body (the front end reads the method's own from its symbol); those of a local function or lambda are not in the tree either"),
        new(OperationKind.Parenthesized, VisualBasic + ": C# binds (e) as e"),
        new(OperationKind.PropertyInitializer, "a property's initializer belongs to the property's declaration, outside every method body"),
        new(OperationKind.RaiseEvent, VisualBasic + " (RaiseEvent statement): C# raises an event by invoking its delegate"),
        new(OperationKind.ReDim, VisualBasic + " (ReDim statement)"),
        new(OperationKind.ReDimClause, VisualBasic + " (ReDim clause)"),
        new(OperationKind.StaticLocalInitializationSemaphore, VisualBasic + " (Static locals), and " + FlowGraph),
        new(OperationKind.Stop, VisualBasic + " (Stop statement)"),
    };
}
