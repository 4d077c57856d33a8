using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace ReportFunctions.LocalRunner.Hosting;

/// <summary>Finds every [Function] method of the app by reflection, with its trigger, and resolves %setting% names.</summary>
public static partial class FunctionCatalog
{
    public static IReadOnlyList<FunctionDescriptor> Discover(Assembly assembly)
    {
        var functions = new List<FunctionDescriptor>();
        foreach (var type in assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
                    continue;
                var parameters = method.GetParameters();
                var descriptor = new FunctionDescriptor(
                    function.Name,
                    type,
                    method,
                    parameters.Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null),
                    parameters.Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()).FirstOrDefault(a => a is not null),
                    parameters.Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).FirstOrDefault(a => a is not null));
                if (descriptor.Http is null && descriptor.Queue is null && descriptor.Timer is null)
                    throw new InvalidOperationException($"Function {function.Name} has a trigger the local runner does not host.");
                if (!typeof(Task).IsAssignableFrom(method.ReturnType))
                    throw new InvalidOperationException($"Function {function.Name} must return a Task.");
                if (descriptor.Http is not null && !typeof(Task<Microsoft.AspNetCore.Mvc.IActionResult>).IsAssignableFrom(method.ReturnType))
                    throw new InvalidOperationException($"HTTP function {function.Name} must return Task<IActionResult>.");
                functions.Add(descriptor);
            }
        }
        var duplicate = functions.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two functions are named {duplicate.Key}.");
        return functions;
    }

    /// <summary>Replaces %Setting:Name% with its value, as the host does for trigger names; a missing setting is an error, as in the host.</summary>
    public static string Resolve(string template, IConfiguration configuration) =>
        SettingPattern().Replace(template, m => configuration[m.Groups[1].Value]
            ?? throw new InvalidOperationException($"Setting {m.Groups[1].Value} (used by a trigger as %{m.Groups[1].Value}%) is not set."));

    /// <summary>
    /// The route the host serves a function at. host.json sets the route prefix to "" (so that the site root can be
    /// a function), and every route names its own "api/" segment.
    /// </summary>
    public static string RouteOf(FunctionDescriptor function) => "/" + (function.Http!.Route ?? function.Name).TrimStart('/');

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingPattern();
}
