using Amazon.ECS;
using EcsAnalyzers.Sample;

// Registers the task definitions and starts them. Each file holds one deployment with a mistake and its correct twin.
using IAmazonECS ecs = new AmazonECSClient();
var webApp = new Ec2WebApp(ecs, cluster: "prod");
var worker = new FargateWorker(ecs, cluster: "prod", subnets: ["subnet-0a1b2c3d"], securityGroup: "sg-0a1b2c3d");
var api = new FargateApi(ecs, cluster: "prod", subnets: ["subnet-0a1b2c3d"], securityGroup: "sg-0a1b2c3d");
var reports = new ReportsJob(ecs);
var inference = new InferenceService(ecs, cluster: "ml", subnets: ["subnet-0a1b2c3d"]);
var agent = new HostAgent(ecs, subnets: ["subnet-0a1b2c3d"], securityGroup: "sg-0a1b2c3d");
var collector = new Collector(ecs);
var rollout = new ImageRollout(ecs, cluster: "prod");
var batch = new BatchJobs(ecs, taskRole: "arn:aws:iam::123456789012:role/batch-task", executionRole: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole");

if (args.Length > 0 && args[0] == "--deploy")
{
    await webApp.DeployAsync();
    await worker.RunAsync();
    await api.DeployAsync();
    await reports.RegisterAsync();
    await batch.DeployAsync();
    await inference.DeployAsync();
    await agent.DeployAsync();
    await collector.RegisterAsync([9100, 9101]);
    await rollout.DeployAsync("123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:2.0.1");
}
else
{
    System.Console.WriteLine("Build output shows the EcsAnalyzers findings. Run with --deploy against a real AWSSDK.ECS to deploy.");
}
