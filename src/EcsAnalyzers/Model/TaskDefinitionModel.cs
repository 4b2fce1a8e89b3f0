using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Model;

/// <summary>A <c>RegisterTaskDefinitionRequest</c> as read, with the facts the rules ask about.</summary>
internal sealed class TaskDefinitionModel
{
    public TaskDefinitionModel(ObjectValue request) => Request = request;

    public ObjectValue Request { get; }

    /// <summary><c>RequiresCompatibilities</c> provably contains FARGATE (a literal, a constant or <c>Compatibility.FARGATE</c>).</summary>
    public bool RequiresFargate
    {
        get
        {
            foreach (var item in Request.Items("RequiresCompatibilities"))
            {
                if (item is ConstantValue c && c.Is("FARGATE"))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public IEnumerable<ObjectValue> Containers
    {
        get
        {
            foreach (var item in Request.Items("ContainerDefinitions"))
            {
                if (item is ObjectValue o)
                {
                    yield return o;
                }
            }
        }
    }

    /// <summary>The family for messages: the constant, or a description when it is set at run time.</summary>
    public string FamilyDisplay
    {
        get
        {
            foreach (var (value, _) in Request.Constants("Family"))
            {
                if (value.Text is { } family)
                {
                    return "'" + family + "'";
                }
            }

            return "(family not known at compile time)";
        }
    }

    /// <summary>Where a diagnostic about something missing points: <c>new RegisterTaskDefinitionRequest</c>, not the initializer.</summary>
    public Location CreationLocation => Locations.OfCreation(Request.Syntax);
}

internal static class Locations
{
    /// <summary>From <c>new</c> through the type name (or <c>new()</c>), so the squiggle stays short.</summary>
    public static Location OfCreation(SyntaxNode creation) => creation switch
    {
        ObjectCreationExpressionSyntax c => Location.Create(c.SyntaxTree, TextSpan.FromBounds(c.NewKeyword.SpanStart, c.Type.Span.End)),
        ImplicitObjectCreationExpressionSyntax c => Location.Create(c.SyntaxTree, TextSpan.FromBounds(c.NewKeyword.SpanStart, c.ArgumentList.Span.End)),
        _ => creation.GetLocation(),
    };
}
