package e2e

import (
	"context"
	"net/url"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// netMode is how the window's network behaves, as DevTools' throttling menu sets it.
type netMode int

const (
	netOnline  netMode = iota // no throttling
	netOffline                // no network at all, for the page and its service worker
	netSlow4G                 // DevTools' "Slow 4G": 562.5 ms round trip, ~1.4 Mbit/s down
)

// setNetwork switches the window's network, including navigator.onLine and its service worker.
func (w *window) setNetwork(mode netMode) {
	w.t.Helper()
	offline := mode == netOffline
	c := &network.Conditions{DownloadThroughput: -1, UploadThroughput: -1, Offline: offline}
	state := network.OverrideNetworkStateParams{Offline: offline, DownloadThroughput: -1, UploadThroughput: -1}
	if mode == netSlow4G {
		c.Latency, c.DownloadThroughput, c.UploadThroughput = 562.5, 180*1024, 84*1024
		state.Latency, state.DownloadThroughput, state.UploadThroughput = c.Latency, c.DownloadThroughput, c.UploadThroughput
	}
	w.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			EmulateOfflineServiceWorker: &offline, MatchedNetworkConditions: []*network.Conditions{c},
		}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, network.OverrideNetworkState, state)
		return err
	}))
}

// throttleCPU slows the window's CPU down rate times (1: full speed).
func (w *window) throttleCPU(rate float64) {
	w.t.Helper()
	w.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate})
		return err
	}))
}

// forgetCaches empties the HTTP cache and removes the app's service worker and its caches, as on
// a tablet that never opened the app; cookies and local storage stay (the tablet stays enrolled).
func (w *window) forgetCaches() {
	w.t.Helper()
	u, _ := url.Parse(w.base)
	w.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{
			Origin: u.Scheme + "://" + u.Host, StorageTypes: "cache_storage,service_workers"})
		return err
	}))
}
