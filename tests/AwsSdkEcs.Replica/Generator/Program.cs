using System;
using System.IO;
using AwsSdkEcs.Replica;

var dir = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
var source = ReplicaGenerator.Generate(File.ReadAllText(Path.Combine(dir, "api.json")));
File.WriteAllText(Path.Combine(dir, ReplicaGenerator.FileName), source);
Console.WriteLine($"wrote {Path.Combine(dir, ReplicaGenerator.FileName)}");
