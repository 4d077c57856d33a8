using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace ReportFunctions.Tests.Infra;

/// <summary>
/// The configuration keys the Functions app reads, found by reflection so that a new option or trigger is
/// covered without editing the test: every property of an options class (a class with
/// <c>public const string Section</c>, or with <see cref="ConfigurationKeyNameAttribute"/> properties bound at
/// the top level), every <c>%Name%</c> placeholder and <c>Connection</c> in trigger and binding attributes,
/// plus the host storage connection the app's own clients share with the host.
/// </summary>
internal static partial class SettingsTheCodeReads
{
    /// <summary>Read by name outside options binding: ReportFunctions.Storage.StorageClients.Setting.</summary>
    private static readonly string[] TopLevelNames = ["AzureWebJobsStorage"];

    public static IReadOnlySet<string> In(Assembly assembly)
    {
        var keys = new HashSet<string>(TopLevelNames, StringComparer.OrdinalIgnoreCase);
        var types = assembly.GetTypes();
        foreach (var type in OptionsClasses(assembly))
        {
            var section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                ? (string?)field.GetRawConstantValue()
                : null;
            AddProperties(keys, section, type);
        }

        foreach (var method in types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            foreach (var attribute in method.GetParameters().SelectMany(p => p.GetCustomAttributesData()).Concat(method.GetCustomAttributesData()))
            {
                if (attribute.AttributeType.Namespace?.StartsWith("Microsoft.Azure.Functions.Worker", StringComparison.Ordinal) != true)
                    continue;
                foreach (var value in attribute.ConstructorArguments.Select(a => a.Value).OfType<string>())
                    AddPlaceholders(keys, value);
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.TypedValue.Value is not string value)
                        continue;
                    if (named.MemberName == "Connection")
                        keys.Add(value);
                    else
                        AddPlaceholders(keys, value);
                }
            }
        }

        return keys;
    }

    /// <summary>The options classes whose properties are settings (see the class summary for what counts).</summary>
    public static IReadOnlyList<Type> OptionsClasses(Assembly assembly) => assembly.GetTypes().Where(IsOptionsClass).ToList();

    private static bool IsOptionsClass(Type type) =>
        type.IsClass && !type.IsAbstract && !type.IsNested &&
        ((type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true, FieldType: var fieldType } && fieldType == typeof(string)) ||
         type.GetProperties().Any(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>() is not null));

    private static void AddProperties(HashSet<string> keys, string? prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;
            var key = string.IsNullOrEmpty(prefix) ? name : $"{prefix}:{name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsLeaf(propertyType))
                keys.Add(key);
            else
                AddProperties(keys, key, propertyType);
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri) ||
        type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) ||
        type == typeof(TimeOnly) || type == typeof(Guid) || typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    private static void AddPlaceholders(HashSet<string> keys, string value)
    {
        foreach (Match match in Placeholder().Matches(value))
            keys.Add(match.Groups["name"].Value);
    }

    [GeneratedRegex("%(?<name>[^%]+)%")]
    private static partial Regex Placeholder();
}
