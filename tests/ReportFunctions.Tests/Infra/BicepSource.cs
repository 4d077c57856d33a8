using System.Text;
using System.Text.RegularExpressions;

namespace ReportFunctions.Tests.Infra;

/// <summary>
/// Reads the few facts the infrastructure tests need straight from a .bicep file: parameter names,
/// variable values (string literals, string arrays with simple interpolation) and the keys of object
/// variables. Compiling with the Bicep CLI would be exact but needs the 120 MB CLI restored and takes
/// seconds per run; infra/lint.sh does that. This reader understands just enough of the syntax (strings
/// with interpolation, comments, nesting) to be exact on these files, and fails loudly when it finds
/// something it does not understand instead of guessing.
/// </summary>
internal sealed partial class BicepSource
{
    private readonly string _code;

    private BicepSource(string path, string code)
    {
        FilePath = path;
        _code = code;
    }

    public string FilePath { get; }

    public static BicepSource Load(string path) => new(path, BlankComments(File.ReadAllText(path)));

    /// <summary>Declared parameters, with whether each has a default value.</summary>
    public IReadOnlyList<(string Name, bool HasDefault)> Parameters()
    {
        var parameters = new List<(string, bool)>();
        foreach (Match match in ParameterDeclaration().Matches(_code))
        {
            var rest = StripStrings(match.Groups["rest"].Value);
            parameters.Add((match.Groups["name"].Value, rest.Contains('=')));
        }

        return parameters;
    }

    /// <summary>The expression a variable is declared with, as written (comments blanked).</summary>
    public string Variable(string name)
    {
        var match = Regex.Match(_code, $@"^var\s+{Regex.Escape(name)}\s*=\s*", RegexOptions.Multiline);
        if (!match.Success)
            throw new InvalidOperationException($"{FilePath}: no variable '{name}'.");
        var start = match.Index + match.Length;
        var end = ExpressionEnd(start);
        return _code[start..end].Trim();
    }

    /// <summary>
    /// The property names of the object literals a variable's expression evaluates to (for
    /// <c>cond ? {} : { A: 1 }</c> both branches), top level only.
    /// </summary>
    public IReadOnlyList<string> ObjectKeys(string variable)
    {
        var expression = Variable(variable);
        var keys = new List<string>();
        var depth = 0;
        var atItemStart = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\'')
            {
                if (depth == 1 && atItemStart)
                {
                    var close = SkipString(expression, i);
                    var after = expression[close..].TrimStart(' ', '\t');
                    if (after.StartsWith(':'))
                        keys.Add(expression[(i + 1)..(close - 1)]);
                    i = close - 1;
                }
                else
                {
                    i = SkipString(expression, i) - 1;
                }

                atItemStart = false;
                continue;
            }

            if (c is '{' or '[' or '(')
            {
                depth++;
                atItemStart = c == '{' && depth == 1;
                continue;
            }

            if (c is '}' or ']' or ')')
            {
                depth--;
                atItemStart = false;
                continue;
            }

            if (c is '\n' or ',')
            {
                atItemStart = depth == 1;
                continue;
            }

            if (char.IsWhiteSpace(c))
                continue;

            if (depth == 1 && atItemStart && (char.IsLetter(c) || c == '_'))
            {
                var identifier = Identifier().Match(expression, i);
                var after = expression[(i + identifier.Length)..].TrimStart(' ', '\t');
                if (after.StartsWith(':'))
                    keys.Add(identifier.Value);
                i += identifier.Length - 1;
            }

            atItemStart = false;
        }

        return keys;
    }

    /// <summary>The value of a variable that evaluates to a string (a literal, another variable, or an interpolation of those).</summary>
    public string StringValue(string variable) => Evaluate(Variable(variable));

    /// <summary>The items of a variable that is an array of strings, each evaluated as <see cref="StringValue"/>.</summary>
    public IReadOnlyList<string> StringItems(string variable)
    {
        var expression = Variable(variable);
        if (!expression.StartsWith('[') || !expression.EndsWith(']'))
            throw new InvalidOperationException($"{FilePath}: variable '{variable}' is not an array literal: {expression}");
        return expression[1..^1]
            .Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Evaluate)
            .ToList();
    }

    /// <summary>The arguments of <c>union(...)</c> a resource's <c>properties</c> are built with, for the resource of the given type.</summary>
    public IReadOnlyList<string> UnionArguments(string resourceType)
    {
        var resource = Regex.Match(_code, $@"^resource\s+\w+\s+'{Regex.Escape(resourceType)}@[^']+'\s*=", RegexOptions.Multiline);
        if (!resource.Success)
            throw new InvalidOperationException($"{FilePath}: no resource of type {resourceType}.");
        var union = Regex.Match(_code[resource.Index..], @"^\s*properties:\s*union\((?<args>[^)]*)\)", RegexOptions.Multiline);
        if (!union.Success)
            throw new InvalidOperationException($"{FilePath}: the {resourceType} resource does not build its properties with union(...).");
        return union.Groups["args"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Whether a function (e.g. <c>listKeys</c>) is called anywhere outside strings and comments.</summary>
    public bool UsesFunction(string name) => Regex.IsMatch(StripStrings(_code), $@"\b{Regex.Escape(name)}\s*\(", RegexOptions.IgnoreCase);

    private string Evaluate(string expression)
    {
        expression = expression.Trim();
        if (Identifier().Match(expression) is { Success: true } identifier && identifier.Length == expression.Length)
            return StringValue(expression);
        if (!expression.StartsWith('\'') || SkipString(expression, 0) != expression.Length)
            throw new InvalidOperationException($"{FilePath}: cannot evaluate '{expression}' (only strings, variables and interpolations of variables).");
        var value = Interpolation().Replace(expression[1..^1], m => StringValue(m.Groups["name"].Value));
        if (value.Contains("${", StringComparison.Ordinal))
            throw new InvalidOperationException($"{FilePath}: cannot evaluate '{expression}' (only interpolations of variables).");
        return value;
    }

    private int ExpressionEnd(int start)
    {
        var depth = 0;
        for (var i = start; i < _code.Length; i++)
        {
            var c = _code[i];
            if (c == '\'')
            {
                i = SkipString(_code, i) - 1;
            }
            else if (c is '{' or '[' or '(')
            {
                depth++;
            }
            else if (c is '}' or ']' or ')')
            {
                depth--;
            }
            else if (c == '\n' && depth == 0)
            {
                // A multi-line conditional continues on a line that starts with ? or :.
                var next = _code[(i + 1)..].TrimStart(' ', '\t');
                if (!next.StartsWith('?') && !next.StartsWith(':'))
                    return i;
            }
        }

        return _code.Length;
    }

    /// <summary>Index just past the string literal that starts at <paramref name="start"/>, interpolations included.</summary>
    private static int SkipString(string text, int start)
    {
        if (string.CompareOrdinal(text, start, "'''", 0, 3) == 0)
        {
            var close = text.IndexOf("'''", start + 3, StringComparison.Ordinal);
            return close < 0 ? text.Length : close + 3;
        }

        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '\'')
            {
                return i + 1;
            }
            else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var depth = 1;
                for (i += 2; i < text.Length && depth > 0; i++)
                {
                    if (text[i] == '\'')
                        i = SkipString(text, i) - 1;
                    else if (text[i] == '{')
                        depth++;
                    else if (text[i] == '}')
                        depth--;
                }

                i--;
            }
        }

        throw new InvalidOperationException($"Unterminated string at {start}: {text[start..Math.Min(text.Length, start + 40)]}");
    }

    private static string StripStrings(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                i = SkipString(text, i) - 1;
                builder.Append("''");
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Replaces // and /* */ comments with spaces (keeping line breaks), leaving strings alone.</summary>
    private static string BlankComments(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                i = SkipString(text, i) - 1;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                var end = text[i + 1] == '/'
                    ? text.IndexOf('\n', i) is var newline and >= 0 ? newline : text.Length
                    : text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var close and >= 0 ? close + 2 : text.Length;
                for (var j = i; j < end; j++)
                {
                    if (builder[j] != '\n')
                        builder[j] = ' ';
                }

                i = end - 1;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s+(?<rest>.*)$", RegexOptions.Multiline)]
    private static partial Regex ParameterDeclaration();

    [GeneratedRegex(@"\G[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Interpolation();
}
