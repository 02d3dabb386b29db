import { parseJobs } from './parse-jobs';
import { serveJobs } from './serve-jobs';

serveJobs(parseJobs);
