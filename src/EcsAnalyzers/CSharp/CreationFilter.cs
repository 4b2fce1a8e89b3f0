using System.Collections.Generic;
using System.Threading;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsAnalyzers.CSharp;

/// <summary>
/// Decides from syntax, cheaply, whether a body may create an SDK model object, so that the operations of ordinary
/// bodies are never materialized. Explicit creations match by type name (the simple names of Amazon.ECS.Model's classes,
/// plus using aliases that name one of them); target-typed <c>new()</c> matches by its declared type, else asks the
/// semantic model (the body is bound already).
/// </summary>
internal sealed class CreationFilter
{
    private readonly EcsKnownTypes _sdk;
    private readonly HashSet<string> _names = new(System.StringComparer.Ordinal);
    private readonly Compilation _compilation;
    private HashSet<string>? _helperNames;

    private readonly EcsFiles _files;

    public CreationFilter(EcsKnownTypes sdk, Compilation compilation, EcsFiles files)
    {
        _files = files;
        _sdk = sdk;
        foreach (var type in sdk.ModelNamespace.GetTypeMembers())
        {
            _names.Add(type.Name);
        }

        // using Td = Amazon.ECS.Model.RegisterTaskDefinitionRequest; in any file (global usings apply everywhere).
        var aliases = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                CollectAliases(unit.Usings, aliases);

                foreach (var member in unit.Members)
                {
                    if (member is BaseNamespaceDeclarationSyntax ns)
                    {
                        CollectAliases(ns.Usings, aliases);
                    }
                }
            }
        }

        _names.UnionWith(aliases);
        _compilation = compilation;
    }

    /// <summary>True when some object creation in <paramref name="body"/> may create an SDK model object.</summary>
    public bool MayCreateModelObject(SyntaxNode body, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (!_files.MayUseEcs(body.SyntaxTree))
        {
            return false;
        }

        foreach (var node in body.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case ObjectCreationExpressionSyntax explicitCreation when RightmostName(explicitCreation.Type) is { } name && _names.Contains(name):
                    return true;
                case SimpleNameSyntax name when HelperNames.Contains(name.Identifier.ValueText):
                    return true; // a helper method or property that may return an SDK object (a request factory)
                case ImplicitObjectCreationExpressionSyntax implicitCreation:
                    if (DeclaredType(implicitCreation) is { } declared
                        ? RightmostName(declared) is { } declaredName && _names.Contains(declaredName)
                        : model is null || _sdk.IsModelType(model.GetTypeInfo(implicitCreation, cancellationToken).Type))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// Names of the methods and properties, declared in files that mention ECS, whose type names an SDK model class
    /// (<c>RegisterTaskDefinitionRequest BuildRequest()</c>, <c>List&lt;ContainerDefinition&gt; Containers()</c>): a body
    /// that calls one may get an SDK object without creating one. Found from syntax once per compilation, on first need.
    /// </summary>
    private HashSet<string> HelperNames
    {
        get
        {
            if (System.Threading.Volatile.Read(ref _helperNames) is { } known)
            {
                return known;
            }

            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                if (!_files.MayUseEcs(tree))
                {
                    continue;
                }

                foreach (var node in tree.GetRoot().DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
                {
                    switch (node)
                    {
                        case MethodDeclarationSyntax method when NamesModelType(method.ReturnType):
                            names.Add(method.Identifier.ValueText);
                            break;
                        case PropertyDeclarationSyntax property when NamesModelType(property.Type):
                            names.Add(property.Identifier.ValueText);
                            break;
                    }
                }
            }

            System.Threading.Volatile.Write(ref _helperNames, names);
            return names;
        }
    }

    private bool NamesModelType(TypeSyntax type)
    {
        foreach (var node in type.DescendantNodesAndSelf())
        {
            // Amazon.ECS.Model.Task and .Attribute share their names with System's; KeyValuePair<K, V> is not the SDK's.
            if (node is SimpleNameSyntax name && _names.Contains(name.Identifier.ValueText)
                && name.Identifier.ValueText is not ("Task" or "Attribute") && !(name is GenericNameSyntax && name.Identifier.ValueText == "KeyValuePair"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The written type of <c>T x = new();</c> (field, property or local), which decides without binding.</summary>
    private static TypeSyntax? DeclaredType(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } } => type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        _ => null,
    };

    private void CollectAliases(SyntaxList<UsingDirectiveSyntax> usings, List<string> aliases)
    {
        foreach (var u in usings)
        {
            if (u.Alias is { } alias && u.Name is { } target && RightmostName(target) is { } name && _names.Contains(name))
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }
    }

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
        NullableTypeSyntax n => RightmostName(n.ElementType),
        _ => null,
    };
}
