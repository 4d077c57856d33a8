using System.Globalization;
using System.Reflection;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ReportFunctions.LocalRunner.Hosting;

/// <summary>
/// Calls a function the way the isolated worker does: a new instance from DI per invocation (in a scope),
/// the trigger's value, route values by parameter name, and the cancellation token.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes)
{
    public async Task<IActionResult> InvokeHttpAsync(FunctionDescriptor function, HttpContext context)
    {
        using var scope = scopes.CreateScope();
        var arguments = function.Method.GetParameters().Select<ParameterInfo, object?>(p => p.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => context.Request,
            var t when t == typeof(CancellationToken) => context.RequestAborted,
            _ => RouteValue(function, p, context),
        }).ToArray();
        return await (Task<IActionResult>)Invoke(function, scope.ServiceProvider, arguments);
    }

    public async Task InvokeQueueAsync(FunctionDescriptor function, QueueMessage message, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var arguments = function.Method.GetParameters().Select<ParameterInfo, object?>(p => p.ParameterType switch
        {
            var t when t == typeof(QueueMessage) => message,
            var t when t == typeof(CancellationToken) => cancellationToken,
            _ => throw new InvalidOperationException($"Queue function {function.Name}: parameter {p.Name} cannot be bound locally."),
        }).ToArray();
        await (Task)Invoke(function, scope.ServiceProvider, arguments);
    }

    public async Task InvokeTimerAsync(FunctionDescriptor function, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var arguments = function.Method.GetParameters().Select<ParameterInfo, object?>(p => p.ParameterType switch
        {
            var t when t == typeof(TimerInfo) => new TimerInfo(),
            var t when t == typeof(CancellationToken) => cancellationToken,
            _ => throw new InvalidOperationException($"Timer function {function.Name}: parameter {p.Name} cannot be bound locally."),
        }).ToArray();
        await (Task)Invoke(function, scope.ServiceProvider, arguments);
    }

    private static object Invoke(FunctionDescriptor function, IServiceProvider services, object?[] arguments)
    {
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, function.Type);
        try
        {
            return function.Method.Invoke(instance, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static object? RouteValue(FunctionDescriptor function, ParameterInfo parameter, HttpContext context)
    {
        if (context.Request.RouteValues.TryGetValue(parameter.Name!, out var value) && value is not null)
            return Convert.ChangeType(value, parameter.ParameterType, CultureInfo.InvariantCulture);
        throw new InvalidOperationException($"HTTP function {function.Name}: parameter {parameter.Name} is not a route value.");
    }
}
