using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace ReportFunctions.LocalRunner.Hosting;

/// <summary>One [Function] method and its trigger, as the Functions host would index it.</summary>
public sealed record FunctionDescriptor(
    string Name,
    Type Type,
    MethodInfo Method,
    HttpTriggerAttribute? Http,
    QueueTriggerAttribute? Queue,
    TimerTriggerAttribute? Timer);
