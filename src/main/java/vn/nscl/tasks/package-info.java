/**
 * Long work run off the UI thread: rules dry runs, statistics rebuilds, annual reports. A task reports its progress,
 * can be cancelled, goes on when its starter leaves the page (the result is kept and shown when they come back), and
 * only one task of each kind runs at a time in the whole cluster (a unique column of its row). See ADR 013.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Background tasks")
package vn.nscl.tasks;
