import type { StoryPack } from './pack.js';

export const vi: StoryPack = {
  stories: {
    investment: [
      'Tôi được {contact} mời vào nhóm đầu tư chứng khoán. Chuyên gia bảo nạp tiền vào {pay} và giao dịch trên {link}. Lợi nhuận hiển thị rất cao nhưng khi rút tiền thì bị yêu cầu nộp thuế 20% trước. Tổng thiệt hại {amount}.',
      'Quen qua Facebook, sau đó được rủ đầu tư tiền ảo qua {contact}. Đã chuyển vào {pay}, tài khoản trên {link} bị khóa sau {days} ngày. Mất {amount}.',
      'Được mời đầu tư vàng lãi 30% mỗi tháng. Admin {contact}, nạp tiền vào {pay}. Giờ trang {link} không vào được nữa. Tôi mất {amount}.',
    ],
    job: [
      'Nhận tin nhắn mời làm cộng tác viên online, thả tim video được trả tiền. HR trên {contact} thêm tôi vào nhóm rồi yêu cầu nạp tiền làm nhiệm vụ vào {pay}. Sau {days} ngày họ nói tài khoản bị đóng băng, phải nạp thêm. Tổng mất {amount}.',
      'Việc làm online tại nhà. Họ bảo đăng ký trên {link} và đặt cọc để mở nhiệm vụ, chuyển khoản vào {pay}. Liên hệ {contact}. Tôi mất {amount}.',
      'Lừa đảo làm nhiệm vụ. Lúc đầu được trả hoa hồng nhỏ, sau đó phải nạp số tiền lớn hơn. Đã chuyển {amount} vào {pay}. Người tuyển dụng: {contact}.',
    ],
    romance: [
      'Quen một người đàn ông trên ứng dụng hẹn hò, tự nhận là kỹ sư ở Singapore. Nói chuyện trên {contact} nhiều tuần rồi rủ đầu tư trên {link}. Tôi đã gửi {amount} vào {pay} và giờ bị chặn.',
      'Yêu qua mạng {days} ngày qua {contact}. Người đó nói cần tiền mua vé máy bay và đóng phí hải quan. Tôi chuyển vào {pay}, tổng cộng {amount}.',
      'Ngày nào cũng nhắn tin trên {contact}. Người đó khoe lợi nhuận và giúp tôi mở tài khoản trên {link}. Nạp tiền vào {pay}. Mất tất cả {amount}.',
    ],
    impersonation: [
      'Có người gọi từ {contact} tự xưng là công an, nói tôi liên quan đến đường dây rửa tiền. Họ yêu cầu chuyển tiền tiết kiệm vào "tài khoản an toàn" {pay} để xác minh. Mất {amount}.',
      'Nhận cuộc gọi từ {contact} giả danh nhân viên ngân hàng, nói thẻ bị khóa và phải chuyển {amount} vào {pay} để kích hoạt lại.',
      'Giả danh nhân viên giao hàng, {contact} nói bưu kiện bị hải quan giữ, phải đóng phí qua {link}. Đã trả {amount} vào {pay}.',
    ],
    ecommerce: [
      'Mua điện thoại trên Facebook. Người bán {contact} yêu cầu chuyển khoản toàn bộ vào {pay}. Không nhận được hàng. Mất {amount}.',
      'Mua vé xem ca nhạc từ {contact}. Đã chuyển {amount} vào {pay}, người bán biến mất và không liên lạc được.',
      'Shop online {link} giảm giá rất sâu. Trả {amount} vào {pay}, sau {days} ngày không có hàng và {contact} không trả lời.',
    ],
    loan: [
      'Vay tiền nhanh trên {link}. Họ yêu cầu đóng phí hồ sơ trước khi giải ngân, chuyển vào {pay}. Không được giải ngân mà {contact} còn đòi thêm tiền. Mất {amount}.',
      'Nhân viên tín dụng {contact} hứa duyệt vay trong 1 giờ. Tôi đã đóng phí bảo hiểm và phí xử lý {amount} vào {pay}. Sau {days} ngày vẫn chưa nhận được tiền.',
      'Sau khi cài app vay tiền {link}, họ lấy danh bạ của tôi và đe dọa bêu riếu. Tôi đã trả {amount} vào {pay}. Số đòi nợ {contact}.',
    ],
    sextortion: [
      'Một cô gái gọi video qua {contact} và ghi hình lại. Họ đe dọa gửi video cho gia đình nếu không chuyển {amount} vào {pay}.',
      'Bị tống tiền sau cuộc gọi video. Họ đòi tiền vào {pay} và gửi link video {link}. Liên hệ {contact}. Đã trả {amount}.',
      'Người từ {contact} dọa tung ảnh riêng tư của tôi. Đã trả {amount} qua {pay} nhưng họ vẫn đòi thêm.',
    ],
    gambling: [
      'Được {contact} rủ chơi cá cược online trên {link}. Lúc đầu thắng nhưng không rút được tiền trừ khi nạp thêm vào {pay}. Mất {amount}.',
      'Đại lý game {contact} hứa chắc chắn thắng. Nạp vào {pay} tổng {amount}, tài khoản bị khóa sau {days} ngày.',
      'Trang cá cược {link}. Phí "xử lý rút tiền" chuyển vào {pay}. Thiệt hại {amount}. Đại lý: {contact}.',
    ],
    phishing: [
      'Nhận tin nhắn từ {contact} báo tài khoản ngân hàng sắp bị khóa. Tôi bấm {link} và nhập mật khẩu cùng mã OTP. {amount} bị chuyển sang {pay}.',
      'Tin nhắn về hoàn thuế thu nhập cá nhân kèm đường link {link}. Sau khi điền thông tin, {amount} bị chuyển vào {pay}. Người gửi {contact}.',
      'Có người gọi từ {contact} hướng dẫn cập nhật định danh điện tử và cài ứng dụng lạ. Sau đó {amount} trong tài khoản bị chuyển sang {pay}.',
    ],
    other: [
      'Người trên {contact} yêu cầu tôi trả {amount} vào {pay} cho một dịch vụ không có thật. Sau {days} ngày tôi mới biết bị lừa.',
      'Có người kêu gọi từ thiện qua {contact}. Tôi chuyển {amount} vào {pay}, sau mới biết quỹ từ thiện là giả.',
      '{contact} báo tôi trúng thưởng, yêu cầu đóng thuế {amount} vào {pay} để nhận quà.',
    ],
  },
  phrases: {
    phone: ['số điện thoại {v}', 'số Zalo {v}', 'sđt {v}'],
    social: ['{label} {v}', 'tài khoản {label} {v}'],
    email: ['email {v}'],
    bank_account: [
      'tài khoản {label} {v}',
      'STK {v} ({label})',
      'tài khoản {v} {label}, chủ tài khoản {holder}',
    ],
    ewallet: ['ví {label} {v}', '{label} {v}'],
    crypto: ['ví {label} {v}', 'địa chỉ ví {v}'],
    url: ['trang web {v}', 'đường link {v}', 'link {v}'],
    domain: ['trang {v}'],
    app: ['ứng dụng {v}', 'app {v}'],
  },
  fallback: {
    contact: ['Zalo', 'Facebook', 'Telegram'],
    pay: ['tài khoản họ đưa', 'nhiều tài khoản khác nhau'],
    link: ['đường link họ gửi', 'trang web của họ'],
  },
  and: 'và',
  also: 'Ngoài ra họ còn dùng {x}.',
  closers: [
    'Mong được giúp đỡ.',
    'Tôi đã báo ngân hàng nhưng chưa có phản hồi.',
    'Tôi còn giữ biên lai chuyển khoản và ảnh chụp tin nhắn.',
    'Đề nghị phong tỏa các tài khoản này để không ai bị lừa nữa.',
  ],
};
