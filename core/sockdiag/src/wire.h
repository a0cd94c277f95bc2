// sock_diag wire format: the constants and layouts newer than Debian 12's 6.1 uapi
// headers, with the attribute walker of mptcp/netlink/attributes.h. Private to the library.
#pragma once

#include "mptcp/netlink/attributes.h"
#include "mptcp/sockdiag/connections.h"

#include <linux/inet_diag.h>
#include <linux/mptcp.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace mptcp::sockdiag::wire {

inline constexpr int ProtoMptcp = 262; // IPPROTO_MPTCP does not fit inet_diag_req_v2's u8
inline constexpr std::size_t NlHdrLen = NLMSG_HDRLEN;
inline constexpr std::size_t AttrHdrLen = NLA_HDRLEN;
inline constexpr std::size_t DiagMsgLen = NLMSG_ALIGN(sizeof(inet_diag_msg));
inline constexpr std::size_t align4(std::size_t n) { return (n + 3u) & ~std::size_t{3}; }

// struct mptcp_info of include/uapi/linux/mptcp.h as of 6.18 (the installed 6.1
// header stops at mptcpi_csum_enabled). Only ever appended to, so a shorter reply
// from an older kernel is a prefix of it.
struct MptcpInfoV618 {
    std::uint8_t subflows;
    std::uint8_t addAddrSignal;
    std::uint8_t addAddrAccepted;
    std::uint8_t subflowsMax;
    std::uint8_t addAddrSignalMax;
    std::uint8_t addAddrAcceptedMax;
    std::uint32_t flags;
    std::uint32_t token;
    std::uint64_t writeSeq;
    std::uint64_t sndUna;
    std::uint64_t rcvNxt;
    std::uint8_t localAddrUsed;
    std::uint8_t localAddrMax;
    std::uint8_t csumEnabled;
    std::uint32_t retransmits; // 6.5
    std::uint64_t bytesRetrans;
    std::uint64_t bytesSent;
    std::uint64_t bytesReceived;
    std::uint64_t bytesAcked;
    std::uint8_t subflowsTotal;   // 6.8
    std::uint8_t endpLaminarMax;  // 6.18
    std::uint8_t endpFullmeshMax; // 6.18
    std::uint8_t reserved;
    std::uint32_t lastDataSent; // 6.10
    std::uint32_t lastDataRecv;
    std::uint32_t lastAckRecv;
};
static_assert(sizeof(MptcpInfoV618) == 96);
static_assert(offsetof(MptcpInfoV618, token) == offsetof(struct mptcp_info, mptcpi_token));
static_assert(offsetof(MptcpInfoV618, csumEnabled) == offsetof(struct mptcp_info, mptcpi_csum_enabled));
inline constexpr std::size_t InfoByteCountersEnd = offsetof(MptcpInfoV618, bytesAcked) + 8;
inline constexpr std::size_t InfoSubflowsTotalEnd = offsetof(MptcpInfoV618, subflowsTotal) + 1;

// The uapi numbers behind the public enums.
static_assert(SubflowMpCapableRemote == MPTCP_SUBFLOW_FLAG_MCAP_REM && SubflowMpCapableLocal == MPTCP_SUBFLOW_FLAG_MCAP_LOC
              && SubflowJoinRemote == MPTCP_SUBFLOW_FLAG_JOIN_REM && SubflowJoinLocal == MPTCP_SUBFLOW_FLAG_JOIN_LOC
              && SubflowBackupRemote == MPTCP_SUBFLOW_FLAG_BKUP_REM && SubflowBackupLocal == MPTCP_SUBFLOW_FLAG_BKUP_LOC
              && SubflowFullyEstablished == MPTCP_SUBFLOW_FLAG_FULLY_ESTABLISHED
              && SubflowConnected == MPTCP_SUBFLOW_FLAG_CONNECTED && SubflowMapValid == MPTCP_SUBFLOW_FLAG_MAPVALID);
static_assert(InfoFallback == MPTCP_INFO_FLAG_FALLBACK && InfoRemoteKeyReceived == MPTCP_INFO_FLAG_REMOTE_KEY_RECEIVED);

using nl::Attr;
using nl::AttrWalker;
using nl::load;

Error malformed(std::string_view what);

} // namespace mptcp::sockdiag::wire
