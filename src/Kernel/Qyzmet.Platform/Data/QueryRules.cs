using System.Linq.Expressions;
using System.Reflection;

namespace Qyzmet.Platform.Data;

/// <summary>Marks a static method that stands, inside query expressions, for the static expression field it names.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QueryRuleAttribute(string expressionField) : Attribute
{
    public string ExpressionField { get; } = expressionField;
}

/// <summary>
/// Inlines a rule kept once as an expression (e.g. D-308's valid power of attorney) into the queries that use it, so a compiled
/// query (EF.CompileAsyncQuery, issue 16 item 4) and an ad-hoc one translate the same predicate: each call of a method marked
/// with <see cref="QueryRuleAttribute"/> is replaced by the named expression's body, its parameters bound to the call's arguments.
/// </summary>
public static class QueryRules
{
    public static Expression<T> Expand<T>(Expression<T> query) => (Expression<T>)new Inliner().Visit(query);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.GetCustomAttribute<QueryRuleAttribute>() is not { } rule)
            {
                return base.VisitMethodCall(node);
            }

            var field = node.Method.DeclaringType!.GetField(rule.ExpressionField, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{node.Method.DeclaringType.Name}.{rule.ExpressionField} is missing");
            var lambda = (LambdaExpression)field.GetValue(null)!;
            var arguments = node.Arguments.Select(Visit).ToList();
            var bound = new Binder(lambda.Parameters.Zip(arguments!).ToDictionary(x => x.First, x => x.Second!)).Visit(lambda.Body);
            return Visit(bound);
        }
    }

    private sealed class Binder(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var e) ? e : node;
    }
}
